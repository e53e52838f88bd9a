package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.List;

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
 * One answered item of a step's data audit (step 13), stored by step id, kind and item id (never by wording): a practice of the
 * checklist ({@code choice} in-place / partly / not-in-place, and the method's three columns) or a term of the definitions check
 * ({@code choice} yes / no / unsure, and a note). Each has its own version, so two people editing different items do not conflict.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"workbook_id", "stepId", "kind", "itemId"}))
public class DataAuditEntry extends PanacheEntity {

    /** What an entry answers. */
    public enum Kind {
        PRACTICE,
        DEFINITION
    }

    @ManyToOne(optional = false)
    public Workbook workbook;

    @Column(nullable = false, length = 100)
    public String stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(nullable = false, length = 100)
    public String itemId;

    @Column(length = 20)
    public String choice;

    @Column(length = DataAuditForm.MAX_TEXT)
    public String whatHappensNow;

    @Column(length = DataAuditForm.MAX_TEXT)
    public String whatNeedsToHappen;

    @Column(length = DataAuditForm.MAX_TEXT)
    public String howYouWillProgress;

    @Column(length = DataAuditForm.MAX_TEXT)
    public String note;

    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    public static List<DataAuditEntry> listFor(Workbook workbook, String stepId) {
        return list("workbook = ?1 and stepId = ?2 order by kind, itemId", workbook, stepId);
    }

    public static List<DataAuditEntry> listFor(Workbook workbook) {
        return list("workbook", workbook);
    }
}
