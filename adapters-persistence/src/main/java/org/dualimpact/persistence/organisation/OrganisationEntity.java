package org.dualimpact.persistence.organisation;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;

@Entity
@Table(name = "ORGANISATION")
public class OrganisationEntity {

    @Id
    @Column(name = "ID", length = 40)
    private String id;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORGANISATION_TERRITORY", joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @Column(name = "TERRITORY_CODE", length = 16)
    private Set<String> territories = new HashSet<>();

    protected OrganisationEntity() {
    }

    OrganisationEntity(Organisation organisation) {
        this.id = organisation.id().value();
        this.kind = organisation.kind().name();
        this.name = organisation.name();
        this.territories = new HashSet<>(organisation.territories());
    }

    Organisation toDomain() {
        return new Organisation(new OrganisationId(id), OrganisationKind.valueOf(kind), name, territories);
    }
}
