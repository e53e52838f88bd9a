package org.vfmworkbook.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The council's own figure for a metric (newer or unpublished), with its source and date. Shown beside the
 * published value and marked "Local figure"; never used in comparator statistics.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"workbook_id", "metricId"}))
public class LocalFigure extends PanacheEntity {

    @ManyToOne(optional = false)
    public Workbook workbook;

    @Column(nullable = false, length = 100)
    public String metricId;

    @Column(name = "figure_value", nullable = false)
    public double value;

    @Column(nullable = false, length = 500)
    public String source;

    @Column(nullable = false)
    public LocalDate asAt;

    @Column(length = 2000)
    public String note;

    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    public static List<LocalFigure> listFor(Workbook workbook) {
        return list("workbook = ?1 order by metricId", workbook);
    }

    public static Optional<LocalFigure> findFor(Workbook workbook, String metricId) {
        return find("workbook = ?1 and metricId = ?2", workbook, metricId).firstResultOptional();
    }
}
