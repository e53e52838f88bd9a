package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * Where a workbook stands on one step. Its version is the version of the step's answers form: every save of the step's
 * answers moves it on, so a form based on an older version is detected as stale.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"workbook_id", "stepId"}))
public class StepProgress extends PanacheEntity {

    public enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED
    }

    @ManyToOne(optional = false)
    public Workbook workbook;

    @Column(nullable = false, length = 100)
    public String stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.NOT_STARTED;

    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    public static List<StepProgress> listFor(Workbook workbook) {
        return list("workbook", workbook);
    }

    public static Optional<StepProgress> findFor(Workbook workbook, String stepId) {
        return find("workbook = ?1 and stepId = ?2", workbook, stepId).firstResultOptional();
    }
}
