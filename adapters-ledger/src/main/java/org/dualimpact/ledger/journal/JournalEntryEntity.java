package org.dualimpact.ledger.journal;

import java.sql.Timestamp;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dualimpact.kernel.journal.JournalEntry;

/** One row of {@code AUDIT_JOURNAL}. Created once, never changed: there are no setters. */
@Entity
@Table(name = "AUDIT_JOURNAL")
public class JournalEntryEntity {

    @Id
    @Column(name = "SEQ")
    long sequence;

    /** A SQL timestamp (UTC): Jakarta Persistence 3.1 has no mapping for {@code Instant}. */
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    Timestamp at;

    @Column(name = "SUBJECT", nullable = false, updatable = false, length = 40)
    String subject;

    @Column(name = "EVENT_ACTION", nullable = false, updatable = false, length = 32)
    String action;

    @Column(name = "FROM_STATE", nullable = false, updatable = false, length = 24)
    String fromState;

    @Column(name = "TO_STATE", nullable = false, updatable = false, length = 24)
    String toState;

    @Column(name = "ACTOR", nullable = false, updatable = false, length = 200)
    String actor;

    @Column(name = "ORGANISATION_ID", updatable = false, length = 40)
    String organisation;

    @Column(name = "CONTENT_HASH", nullable = false, updatable = false, length = 64)
    String contentHash;

    @Column(name = "DETAIL", nullable = false, updatable = false, length = 500)
    String detail;

    protected JournalEntryEntity() {
    }

    JournalEntryEntity(long sequence, JournalEntry entry) {
        this.sequence = sequence;
        this.at = Timestamp.from(entry.at());
        this.subject = entry.subject();
        this.action = entry.action();
        this.fromState = entry.fromState();
        this.toState = entry.toState();
        this.actor = entry.actor();
        this.organisation = entry.organisation().orElse(null);
        this.contentHash = entry.contentHash();
        this.detail = entry.detail().length() > 500 ? entry.detail().substring(0, 500) : entry.detail();
    }

    JournalEntry toDomain() {
        return new JournalEntry(sequence, at.toInstant(), subject, action, fromState, toState, actor, Optional.ofNullable(organisation),
                contentHash, detail);
    }
}
