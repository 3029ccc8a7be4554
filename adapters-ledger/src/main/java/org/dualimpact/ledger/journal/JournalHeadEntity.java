package org.dualimpact.ledger.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding the journal's last sequence number; locked to append. */
@Entity
@Table(name = "JOURNAL_HEAD")
public class JournalHeadEntity {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    int id;

    @Column(name = "LAST_SEQ", nullable = false)
    long lastSequence;

    protected JournalHeadEntity() {
    }

    long next() {
        return ++lastSequence;
    }
}
