package org.dualimpact.kernel.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Impact evidence a research hub gathered about community providers and territories: a summary, the
 * method, the period it covers, the outcomes and measures it speaks to, and its documents.
 *
 * <p>Rules: it belongs to one hub and never changes hands. Its stage changes only as
 * {@link EvidenceStage} allows. It is edited and documents are attached only as a draft; it is
 * submitted for review only with at least one document; it is approved by a hub member who is neither
 * its author nor its submitter (four eyes); a return names its reason; published evidence is seen by
 * everyone and changes no more, except that it can be withdrawn. At most 10 documents, none twice. The
 * store owns its {@link #version}, the optimistic lock of every change.
 */
public final class Evidence {

    public static final int MAX_DOCUMENTS = 10;

    /** What the evidence says. */
    public record Content(String title, String summary, String method, LocalDate periodFrom, LocalDate periodTo,
            Set<OrganisationId> providers, Set<String> territories, Set<String> outcomes, Set<String> measures) {
        public Content {
            Objects.requireNonNull(title);
            Objects.requireNonNull(summary);
            Objects.requireNonNull(method);
            Objects.requireNonNull(periodFrom);
            Objects.requireNonNull(periodTo);
            providers = Set.copyOf(providers);
            territories = Set.copyOf(territories);
            outcomes = Set.copyOf(outcomes);
            measures = Set.copyOf(measures);
        }
    }

    private final EvidenceId id;
    private final OrganisationId hub;
    private final String author;
    private final Instant createdAt;
    private Content content;
    private final List<EvidenceDocument> documents;
    private EvidenceStage stage;
    private String submittedBy;
    private String approvedBy;
    private String returnReason;
    private Instant publishedAt;
    private long version;

    public Evidence(EvidenceId id, OrganisationId hub, String author, Instant createdAt, Content content,
            List<EvidenceDocument> documents, EvidenceStage stage, String submittedBy, String approvedBy,
            String returnReason, Instant publishedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.hub = Objects.requireNonNull(hub);
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.content = Objects.requireNonNull(content);
        this.documents = new ArrayList<>(documents);
        this.stage = Objects.requireNonNull(stage);
        this.submittedBy = submittedBy;
        this.approvedBy = approvedBy;
        this.returnReason = returnReason;
        this.publishedAt = publishedAt;
        this.version = version;
    }

    public void revise(Content newContent) {
        require(EvidenceStage.Action.EDIT);
        this.content = Objects.requireNonNull(newContent);
    }

    public void attach(EvidenceDocument document) {
        require(EvidenceStage.Action.ATTACH);
        if (documents.stream().anyMatch(d -> d.sha256().equals(document.sha256()))) {
            throw DomainException.conflict("document-exists", "This evidence already holds a document with the same "
                    + "content (SHA-256 " + document.sha256() + ").");
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            throw DomainException.ruleViolated("too-many-documents", "Evidence holds at most " + MAX_DOCUMENTS + " documents.");
        }
        documents.add(document);
    }

    public void submit(String userId) {
        require(EvidenceStage.Action.SUBMIT);
        if (documents.isEmpty()) {
            throw DomainException.ruleViolated("evidence-without-documents", "Attach at least one document before you "
                    + "submit evidence for review.");
        }
        move(EvidenceStage.Action.SUBMIT);
        submittedBy = userId;
        returnReason = null;
    }

    public void approve(String userId) {
        require(EvidenceStage.Action.APPROVE);
        if (userId.equals(author) || userId.equals(submittedBy)) {
            throw DomainException.notPermitted("four-eyes", "Evidence is approved by a member of the hub who neither "
                    + "wrote nor submitted it.");
        }
        move(EvidenceStage.Action.APPROVE);
        approvedBy = userId;
    }

    public void returnToDraft(String reason) {
        require(EvidenceStage.Action.RETURN);
        move(EvidenceStage.Action.RETURN);
        returnReason = Objects.requireNonNull(reason);
        approvedBy = null;
    }

    public void publish(Instant at) {
        require(EvidenceStage.Action.PUBLISH);
        move(EvidenceStage.Action.PUBLISH);
        publishedAt = at;
    }

    public void withdraw() {
        require(EvidenceStage.Action.WITHDRAW);
        move(EvidenceStage.Action.WITHDRAW);
    }

    private void require(EvidenceStage.Action action) {
        if (!stage.allows(action)) {
            throw DomainException.conflict("evidence-stage", "Evidence " + id + " is " + stage + "; "
                    + action.name().toLowerCase() + " is not possible now.");
        }
    }

    private void move(EvidenceStage.Action action) {
        stage = stage.after(action);
    }

    public boolean isPublished() {
        return stage == EvidenceStage.PUBLISHED;
    }

    public EvidenceId id() {
        return id;
    }

    public OrganisationId hub() {
        return hub;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Content content() {
        return content;
    }

    public List<EvidenceDocument> documents() {
        return List.copyOf(documents);
    }

    public Optional<EvidenceDocument> document(String sha256) {
        return documents.stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    }

    public EvidenceStage stage() {
        return stage;
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** Optimistic-locking version: the store counts it up on every save. */
    public long version() {
        return version;
    }

    /** Called by the {@link EvidenceRepository} after it stored this state, with the version it now has. */
    public void markStored(long storedVersion) {
        if (storedVersion < version) {
            throw new IllegalArgumentException("a stored version never goes back: " + storedVersion + " < " + version);
        }
        this.version = storedVersion;
    }
}
