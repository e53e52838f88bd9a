package org.vfmworkbook.security;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A read-only share of one workbook: with a named person ({@code username}) or with a region's peer reviewers ({@code regionCode}).
 * Withdrawing keeps the row with {@code withdrawnAt} set, so the share's history stays visible; the audit trail records both.
 */
@Entity
@Table(indexes = @Index(name = "workbook_share_workbook", columnList = "workbookId"))
public class WorkbookShare extends PanacheEntity {

    @Column(nullable = false)
    public long workbookId;

    @Column(length = 254)
    public String username;

    @Column(length = 9)
    public String regionCode;

    @Column(nullable = false, length = 254)
    public String sharedBy;

    @Column(nullable = false)
    public Instant sharedAt;

    public Instant withdrawnAt;

    @Column(length = 254)
    public String withdrawnBy;

    @Version
    public long version;

    public static List<WorkbookShare> activeFor(long workbookId) {
        return list("workbookId = ?1 and withdrawnAt is null order by id", workbookId);
    }

    public String describe() {
        return username != null ? "user " + username : "peer reviewers in region " + regionCode;
    }
}
