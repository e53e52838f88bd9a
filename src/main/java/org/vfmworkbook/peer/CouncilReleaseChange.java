package org.vfmworkbook.peer;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One release or withdrawal of a council's figures: who (username), when, which council, from which stage to which. Append only:
 * written by {@link CouncilReleases} in the same transaction as the change and never updated or deleted.
 */
@Entity
@Table(name = "council_release_change")
public class CouncilReleaseChange extends PanacheEntity {

    @Column(nullable = false, length = 9)
    public String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReleaseStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReleaseStage toStage;

    @Column(nullable = false, length = 254)
    public String who;

    @Column(name = "changed_at", nullable = false)
    public Instant at;

    /** A release moves to a later stage; a withdrawal back to an earlier one. */
    public boolean withdrawal() {
        return toStage.ordinal() < fromStage.ordinal();
    }

    public static List<CouncilReleaseChange> forCouncil(String councilCode) {
        return list("councilCode = ?1 order by id", councilCode);
    }
}
