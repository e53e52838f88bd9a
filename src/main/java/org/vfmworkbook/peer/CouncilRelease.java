package org.vfmworkbook.peer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A council's release stage in its region's side-by-side views, for every data year (ADR 0011). No row means unreleased. Changed
 * only through {@link CouncilReleases}, which writes a {@link CouncilReleaseChange} for every change.
 */
@Entity
@Table(name = "council_release")
public class CouncilRelease extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 9)
    public String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReleaseStage stage;

    @Column(nullable = false, length = 254)
    public String changedBy;

    @Column(nullable = false)
    public Instant changedAt;

    @Version
    public long version;

    public static Optional<CouncilRelease> forCouncil(String councilCode) {
        return find("councilCode", councilCode).firstResultOptional();
    }

    public static List<CouncilRelease> all() {
        return listAll();
    }
}
