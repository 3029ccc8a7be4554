package org.dualimpact.persistence.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named counter ({@code SPO/TVP/2026}) holding the last number handed out. */
@Entity
@Table(name = "SEQUENCE_COUNTER")
public class SequenceCounterEntity {

    @Id
    @Column(name = "NAME", length = 60)
    private String name;

    @Column(name = "LAST_VALUE", nullable = false)
    private long lastValue;

    protected SequenceCounterEntity() {
    }

    SequenceCounterEntity(String name) {
        this.name = name;
    }

    long next() {
        return ++lastValue;
    }
}
