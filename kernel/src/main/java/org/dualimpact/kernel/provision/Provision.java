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
 * one of its territories).
 */
public final class Provision {

    private final ProvisionId id;
    private final OrganisationId provider;
    private final String title;
    private final String summary;
    private final Set<String> territories;
    private final Set<String> outcomes;
    private final List<Need> needs;
    private final Integer capacity;
    private final Instant publishedAt;
    private AuditStatus status;
    private String statusReason;
    private OrganisationId auditedBy;
    private Instant auditedAt;

    public Provision(ProvisionId id, OrganisationId provider, String title, String summary, Set<String> territories,
            Set<String> outcomes, List<Need> needs, Integer capacity, Instant publishedAt, AuditStatus status,
            String statusReason, OrganisationId auditedBy, Instant auditedAt) {
        this.id = Objects.requireNonNull(id);
        this.provider = Objects.requireNonNull(provider);
        this.title = Validation.requireText(title, "title", 200);
        this.summary = Validation.optionalText(summary, "summary", 4000);
        if (territories == null || territories.isEmpty()) {
            throw new IllegalArgumentException("a provision serves at least one territory");
        }
        this.territories = Set.copyOf(new TreeSet<>(territories));
        this.outcomes = outcomes == null ? Set.of() : Set.copyOf(new TreeSet<>(outcomes));
        if (needs == null || needs.isEmpty()) {
            throw new IllegalArgumentException("a provision names at least one need");
        }
        this.needs = List.copyOf(needs);
        if (capacity != null && capacity <= 0) {
            throw new IllegalArgumentException("capacity must be more than 0");
        }
        this.capacity = capacity;
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.status = Objects.requireNonNull(status);
        this.statusReason = statusReason == null ? "" : statusReason;
        this.auditedBy = auditedBy;
        this.auditedAt = auditedAt;
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
}
