package org.dualimpact.kernel.provision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Validation;

/**
 * A provider's local activity or programme.
 *
 * <p>Rules: it belongs to exactly one provider and never changes hands; it serves at least one
 * territory; it names at least one need; titles are 1–200 characters, summaries up to 4,000. Its
 * audit status changes only through {@link #audit} by a buyer (the service checks the buyer serves
 * one of its territories). Its provider may {@link #revise} what it says; the audit vouched for the
 * words it read, so a revised provision is {@code PENDING} again (and out of Spotlight) until a buyer
 * audits it anew. The store owns its {@link #version}, the optimistic lock of a revision.
 */
public final class Provision {

    private final ProvisionId id;
    private final OrganisationId provider;
    private final Instant publishedAt;
    private String title;
    private String summary;
    private Set<String> territories;
    private Set<String> outcomes;
    private List<Need> needs;
    private Integer capacity;
    private AuditStatus status;
    private String statusReason;
    private OrganisationId auditedBy;
    private Instant auditedAt;
    private long version;

    public Provision(ProvisionId id, OrganisationId provider, String title, String summary, Set<String> territories,
            Set<String> outcomes, List<Need> needs, Integer capacity, Instant publishedAt, AuditStatus status,
            String statusReason, OrganisationId auditedBy, Instant auditedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.provider = Objects.requireNonNull(provider);
        this.publishedAt = Objects.requireNonNull(publishedAt);
        say(title, summary, territories, outcomes, needs, capacity);
        this.status = Objects.requireNonNull(status);
        this.statusReason = statusReason == null ? "" : statusReason;
        this.auditedBy = auditedBy;
        this.auditedAt = auditedAt;
        this.version = version;
    }

    /** The provider's new words for it; any earlier audit or suspension no longer holds. */
    public void revise(String title, String summary, Set<String> territories, Set<String> outcomes, List<Need> needs,
            Integer capacity) {
        say(title, summary, territories, outcomes, needs, capacity);
        this.status = AuditStatus.PENDING;
        this.statusReason = "";
        this.auditedBy = null;
        this.auditedAt = null;
    }

    private void say(String title, String summary, Set<String> territories, Set<String> outcomes, List<Need> needs,
            Integer capacity) {
        String checkedTitle = Validation.requireText(title, "title", 200);
        String checkedSummary = Validation.optionalText(summary, "summary", 4000);
        if (territories == null || territories.isEmpty()) {
            throw new IllegalArgumentException("a provision serves at least one territory");
        }
        if (needs == null || needs.isEmpty()) {
            throw new IllegalArgumentException("a provision names at least one need");
        }
        if (capacity != null && capacity <= 0) {
            throw new IllegalArgumentException("capacity must be more than 0");
        }
        this.title = checkedTitle;
        this.summary = checkedSummary;
        this.territories = Set.copyOf(new TreeSet<>(territories));
        this.outcomes = outcomes == null ? Set.of() : Set.copyOf(new TreeSet<>(outcomes));
        this.needs = List.copyOf(needs);
        this.capacity = capacity;
    }

    /** Records a buyer's audit decision; a suspension needs a reason. */
    public void audit(AuditStatus decision, String reason, OrganisationId buyer, Instant at) {
        if (decision == AuditStatus.PENDING) {
            throw new IllegalArgumentException("an audit decides AUDITED or SUSPENDED");
        }
        if (decision == AuditStatus.SUSPENDED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a suspension needs a reason");
        }
        this.status = decision;
        this.statusReason = Validation.optionalText(reason, "reason", 1000);
        this.auditedBy = buyer;
        this.auditedAt = at;
    }

    public boolean isAudited() {
        return status == AuditStatus.AUDITED;
    }

    public boolean serves(String territory) {
        return territories.contains(territory);
    }

    public ProvisionId id() {
        return id;
    }

    public OrganisationId provider() {
        return provider;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Set<String> territories() {
        return territories;
    }

    public Set<String> outcomes() {
        return outcomes;
    }

    public List<Need> needs() {
        return needs;
    }

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public AuditStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Optional<OrganisationId> auditedBy() {
        return Optional.ofNullable(auditedBy);
    }

    public Optional<Instant> auditedAt() {
        return Optional.ofNullable(auditedAt);
    }

    /** Optimistic-locking version: the store increments it on every save. */
    public long version() {
        return version;
    }

    /** Called by the {@link ProvisionRepository} after it stored this state, with the version it now has. */
    public void markStored(long storedVersion) {
        if (storedVersion < version) {
            throw new IllegalArgumentException("a stored version never goes back: " + storedVersion + " < " + version);
        }
        this.version = storedVersion;
    }
}
