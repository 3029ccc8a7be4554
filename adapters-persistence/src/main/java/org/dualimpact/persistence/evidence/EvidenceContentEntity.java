package org.dualimpact.persistence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The content of an evidence document in {@code EVIDENCE_CONTENT}, named by its SHA-256: the same bytes
 * are one row however often they are attached. A row is written once and never changed; it is read
 * through a query of its {@code CONTENT} alone, never loaded to learn whether it exists.
 */
@Entity
@Table(name = "EVIDENCE_CONTENT")
public class EvidenceContentEntity {

    @Id
    @Column(name = "SHA256", length = 64)
    String sha256;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    byte[] content;

    protected EvidenceContentEntity() {
    }

    EvidenceContentEntity(String sha256, byte[] content) {
        this.sha256 = sha256;
        this.content = content.clone();
    }
}
