package org.dualimpact.persistence.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDocument;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceStage;
import org.dualimpact.kernel.organisation.OrganisationId;

/**
 * The row of a piece of evidence in {@code EVIDENCE}, its providers, territories, outcomes and measures
 * in one child table each, and its documents in {@code EVIDENCE_DOCUMENT} in the order attached (their
 * content lies apart, in {@link EvidenceContentEntity}). The hub, author and creation time never change.
 */
@Entity
@Table(name = "EVIDENCE")
public class EvidenceEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "HUB_ID", nullable = false, length = 40)
    String hub;

    @Column(name = "AUTHOR", nullable = false, length = 200)
    String author;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "SUMMARY", nullable = false, length = 4000)
    String summary;

    @Column(name = "METHOD", nullable = false, length = 2000)
    String method;

    @Column(name = "PERIOD_FROM", nullable = false)
    LocalDate periodFrom;

    @Column(name = "PERIOD_TO", nullable = false)
    LocalDate periodTo;

    @Column(name = "STAGE", nullable = false, length = 16)
    String stage;

    @Column(name = "SUBMITTED_BY", length = 200)
    String submittedBy;

    @Column(name = "APPROVED_BY", length = 200)
    String approvedBy;

    @Column(name = "RETURN_REASON", length = 1000)
    String returnReason;

    @Column(name = "PUBLISHED_AT")
    Instant publishedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EVIDENCE_PROVIDER", joinColumns = @JoinColumn(name = "EVIDENCE_ID"))
    @Column(name = "PROVIDER_ID", length = 40)
    Set<String> providers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EVIDENCE_TERRITORY", joinColumns = @JoinColumn(name = "EVIDENCE_ID"))
    @Column(name = "TERRITORY_CODE", length = 16)
    Set<String> territories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EVIDENCE_OUTCOME", joinColumns = @JoinColumn(name = "EVIDENCE_ID"))
    @Column(name = "OUTCOME_CODE", length = 40)
    Set<String> outcomes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EVIDENCE_MEASURE", joinColumns = @JoinColumn(name = "EVIDENCE_ID"))
    @Column(name = "MEASURE_CODE", length = 40)
    Set<String> measures = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EVIDENCE_DOCUMENT", joinColumns = @JoinColumn(name = "EVIDENCE_ID"))
    @OrderColumn(name = "POSITION")
    List<DocumentRow> documents = new ArrayList<>();

    /** One document of a piece of evidence, its content named by {@code SHA256}. */
    @Embeddable
    public static class DocumentRow {
        @Column(name = "NAME", nullable = false, length = 200)
        String name;
        @Column(name = "MEDIA_TYPE", nullable = false, length = 100)
        String mediaType;
        @Column(name = "SIZE_BYTES", nullable = false)
        long size;
        @Column(name = "SHA256", nullable = false, length = 64)
        String sha256;

        protected DocumentRow() {
        }

        DocumentRow(EvidenceDocument document) {
            name = document.name();
            mediaType = document.mediaType();
            size = document.size();
            sha256 = document.sha256();
        }

        EvidenceDocument toDomain() {
            return new EvidenceDocument(name, mediaType, size, sha256);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DocumentRow row && Objects.equals(name, row.name)
                    && Objects.equals(mediaType, row.mediaType) && size == row.size && Objects.equals(sha256, row.sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, mediaType, size, sha256);
        }
    }

    protected EvidenceEntity() {
    }

    EvidenceEntity(Evidence evidence) {
        id = evidence.id().value();
        hub = evidence.hub().value();
        author = evidence.author();
        createdAt = evidence.createdAt();
        copyState(evidence);
    }

    /** Everything but the identity, the hub, the author and the creation time: what it says, its documents, its stage. */
    void copyState(Evidence evidence) {
        Evidence.Content content = evidence.content();
        title = content.title();
        summary = content.summary();
        method = content.method();
        periodFrom = content.periodFrom();
        periodTo = content.periodTo();
        replace(providers, content.providers().stream().map(OrganisationId::value).collect(Collectors.toSet()));
        replace(territories, content.territories());
        replace(outcomes, content.outcomes());
        replace(measures, content.measures());
        List<DocumentRow> rows = evidence.documents().stream().map(DocumentRow::new).toList();
        if (!rows.equals(documents)) {
            documents.clear();
            documents.addAll(rows);
        }
        stage = evidence.stage().name();
        submittedBy = evidence.submittedBy().orElse(null);
        approvedBy = evidence.approvedBy().orElse(null);
        returnReason = evidence.returnReason().orElse(null);
        publishedAt = evidence.publishedAt().orElse(null);
    }

    /** Makes a stored set the given one, touching only the rows that differ. */
    private static void replace(Set<String> stored, Set<String> wanted) {
        stored.retainAll(wanted);
        stored.addAll(wanted);
    }

    Evidence toDomain() {
        Evidence.Content content = new Evidence.Content(title, summary, method, periodFrom, periodTo,
                providers.stream().map(OrganisationId::new).collect(Collectors.toSet()), territories, outcomes, measures);
        return new Evidence(new EvidenceId(id), new OrganisationId(hub), author, createdAt, content,
                documents.stream().map(DocumentRow::toDomain).toList(), EvidenceStage.valueOf(stage), submittedBy,
                approvedBy, returnReason, publishedAt, version);
    }
}
