package org.dualimpact.persistence.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryKind;

@Entity
@Table(name = "TERRITORY")
public class TerritoryEntity {

    @Id
    @Column(name = "CODE", length = 16)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "REGION_CODE", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "KIND", nullable = false, length = 32)
    private String kind;

    @Column(name = "ABBREV", nullable = false, length = 5)
    private String abbrev;

    protected TerritoryEntity() {
    }

    TerritoryEntity(Territory territory) {
        this.code = territory.code();
        copy(territory);
    }

    void copy(Territory territory) {
        this.name = territory.name();
        this.regionCode = territory.regionCode();
        this.kind = territory.kind().name();
        this.abbrev = territory.abbrev();
    }

    Territory toDomain() {
        return new Territory(code, name, regionCode, TerritoryKind.valueOf(kind), abbrev);
    }
}
