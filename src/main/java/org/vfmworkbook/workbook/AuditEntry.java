package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One change to a workbook: which entity and field, the old and new value, who and when. Append only: written by
 * {@link AuditTrail} and never updated or deleted (there is no code path that does either).
 */
@Entity
public class AuditEntry extends PanacheEntity {

    @Column(nullable = false)
    public long workbookId;

    @Column(length = 100)
    public String stepId;
    /** Entity and field, e.g. {@code Answer.text} or {@code PlannedAction.owner}. */
    @Column(nullable = false, length = 100)
    public String what;

    @Column(length = 20000)
    public String oldValue;

    @Column(length = 20000)
    public String newValue;

    @Column(nullable = false, length = 200)
    public String who;

    @Column(name = "changed_at", nullable = false)
    public Instant at;

    public static List<AuditEntry> listFor(long workbookId) {
        return list("workbookId = ?1 order by id", workbookId);
    }
}
