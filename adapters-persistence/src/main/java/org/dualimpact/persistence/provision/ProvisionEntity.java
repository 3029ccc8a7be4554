package org.dualimpact.persistence.provision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.Need;
import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;

@Entity
@Table(name = "PROVISION")
public class ProvisionEntity {

    @Id
    @Column(name = "ID", length = 40)
    String id;

    @Column(name = "PROVIDER_ID", nullable = false, length = 40)
    String provider;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "SUMMARY", nullable = false, length = 4000)
    String summary;

    @Column(name = "CAPACITY")
    Integer capacity;

    @Column(name = "PUBLISHED_AT", nullable = false)
    Instant publishedAt;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "STATUS_REASON", nullable = false, length = 1000)
    String statusReason;

    @Column(name = "AUDITED_BY", length = 40)
    String auditedBy;

    @Column(name = "AUDITED_AT")
    Instant auditedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROVISION_TERRITORY", joinColumns = @JoinColumn(name = "PROVISION_ID"))
    @Column(name = "TERRITORY_CODE", length = 16)
    Set<String> territories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROVISION_OUTCOME", joinColumns = @JoinColumn(name = "PROVISION_ID"))
    @Column(name = "OUTCOME_CODE", length = 40)
    Set<String> outcomes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROVISION_NEED", joinColumns = @JoinColumn(name = "PROVISION_ID"))
    @OrderColumn(name = "LINE_NO")
    List<NeedRow> needs = new ArrayList<>();

    /** One need of a provision. */
    @Embeddable
    public static class NeedRow {
        @Column(name = "NEED_TYPE", nullable = false, length = 16)
        String type;
        @Column(name = "DESCRIPTION", nullable = false, length = 500)
        String description;
        @Column(name = "QUANTITY", precision = 19, scale = 2)
        BigDecimal quantity;
        @Column(name = "UNIT", nullable = false, length = 40)
        String unit;
        @Column(name = "SKILLS", nullable = false, length = 200)
        String skills;

        protected NeedRow() {
        }

        NeedRow(Need need) {
            type = need.type().name();
            description = need.description();
            quantity = need.quantity();
            unit = need.unit();
            skills = need.skills();
        }

        Need toDomain() {
            return new Need(NeedType.valueOf(type), description, quantity, unit, skills);
        }

        /** The same need, whatever the scale of the quantity (the column keeps two decimals: 800 is 800.00). */
        @Override
        public boolean equals(Object other) {
            return other instanceof NeedRow row && Objects.equals(type, row.type) && Objects.equals(description, row.description)
                    && (quantity == null ? row.quantity == null : row.quantity != null && quantity.compareTo(row.quantity) == 0)
                    && Objects.equals(unit, row.unit) && Objects.equals(skills, row.skills);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, description, quantity == null ? null : quantity.stripTrailingZeros(), unit, skills);
        }
    }

    protected ProvisionEntity() {
    }

    ProvisionEntity(Provision provision) {
        id = provision.id().value();
        provider = provision.provider().value();
        publishedAt = provision.publishedAt();
        copyState(provision);
    }

    /** Everything but the identity: what the provider says and where the audit stands. */
    void copyState(Provision provision) {
        title = provision.title();
        summary = provision.summary();
        capacity = provision.capacity().orElse(null);
        territories.retainAll(provision.territories());
        territories.addAll(provision.territories());
        outcomes.retainAll(provision.outcomes());
        outcomes.addAll(provision.outcomes());
        List<NeedRow> rows = provision.needs().stream().map(NeedRow::new).toList();
        if (!rows.equals(needs)) {
            needs.clear();
            needs.addAll(rows);
        }
        status = provision.status().name();
        statusReason = provision.statusReason();
        auditedBy = provision.auditedBy().map(OrganisationId::value).orElse(null);
        auditedAt = provision.auditedAt().orElse(null);
    }

    Provision toDomain() {
        return new Provision(new ProvisionId(id), new OrganisationId(provider), title, summary, territories, outcomes,
                needs.stream().map(NeedRow::toDomain).toList(), capacity, publishedAt, AuditStatus.valueOf(status),
                statusReason, auditedBy == null ? null : new OrganisationId(auditedBy), auditedAt, version);
    }
}
