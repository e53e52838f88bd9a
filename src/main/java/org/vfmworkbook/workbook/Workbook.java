package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import org.hibernate.annotations.ColumnDefault;

/**
 * A council's value-for-money assessment for one data year: the thirteen steps' answers, actions and local figures hang off it.
 * Once signed off it is locked; work continues in a new version (same council and year, {@code versionNumber} one higher), which
 * starts as a copy of it. A workbook for a later year may also start as a copy of an earlier year's.
 */
@Entity
public class Workbook extends PanacheEntity {

    public enum Status {
        IN_PROGRESS,
        SIGNED_OFF
    }

    @Column(nullable = false, length = 9)
    public String councilCode;

    @Column(nullable = false, length = 7)
    public String dataYear;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.IN_PROGRESS;
    /** Council codes the council chose as its own comparator group, comma-separated. */
    @Column(length = 2000)
    public String customGroup = "";

    @Column(length = 20000)
    public String directorSummary;
    /** 1 for a council's first workbook for the year; each new version of a signed-off workbook is one higher. */
    @ColumnDefault("1")
    @Column(nullable = false)
    public int versionNumber = 1;
    /**
     * The workbook this one was copied from: the signed-off earlier version of the same year, or, for a version 1, the earlier year's
     * workbook it started from. Null when it started empty.
     */
    public Long previousVersionId;
    /** The display name of the person who signed it off, as it was then; null until signed off. */
    @Column(length = 200)
    public String signedOffBy;

    public Instant signedOffAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<Workbook> listForCouncil(String councilCode) {
        return list("councilCode = ?1 order by dataYear desc, id", councilCode);
    }

    /** The latest version of the council's workbook for the year. */
    public static Optional<Workbook> findForCouncilAndYear(String councilCode, String dataYear) {
        return find("councilCode = ?1 and dataYear = ?2 order by versionNumber desc, id desc", councilCode, dataYear)
                .firstResultOptional();
    }

    /** The version started from this one, if any (there is at most one: starting a new version twice opens the first). */
    public static Optional<Workbook> findNextVersionOf(Workbook workbook) {
        return find(
                        "previousVersionId = ?1 and councilCode = ?2 and dataYear = ?3 order by id",
                        workbook.id,
                        workbook.councilCode,
                        workbook.dataYear)
                .firstResultOptional();
    }

    public static List<Workbook> listByIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public boolean signedOff() {
        return status == Status.SIGNED_OFF;
    }

    public List<String> customGroupCodes() {
        if (customGroup == null || customGroup.isBlank()) {
            return List.of();
        }
        return Arrays.stream(customGroup.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
