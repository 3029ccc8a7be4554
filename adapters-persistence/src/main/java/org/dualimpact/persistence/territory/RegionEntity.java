package org.dualimpact.persistence.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dualimpact.kernel.territory.Region;

@Entity
@Table(name = "REGION")
public class RegionEntity {

    @Id
    @Column(name = "CODE", length = 16)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "NATION", nullable = false, length = 40)
    private String nation;

    protected RegionEntity() {
    }

    RegionEntity(Region region) {
        this.code = region.code();
        copy(region);
    }

    void copy(Region region) {
        this.name = region.name();
        this.nation = region.nation();
    }

    Region toDomain() {
        return new Region(code, name, nation);
    }
}
