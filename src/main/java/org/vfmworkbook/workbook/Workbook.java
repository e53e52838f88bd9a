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

/** A council's value-for-money assessment for one data year: the thirteen steps' answers, actions and local figures hang off it. */
@Entity
public class Workbook extends PanacheEntity {

    public enum Status {
        IN_PROGRESS, SIGNED_OFF
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
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public static List<Workbook> listForCouncil(String councilCode) {
        return list("councilCode = ?1 order by dataYear desc, id", councilCode);
    }

    public static Optional<Workbook> findForCouncilAndYear(String councilCode, String dataYear) {
        return find("councilCode = ?1 and dataYear = ?2 order by id", councilCode, dataYear).firstResultOptional();
    }

    public List<String> customGroupCodes() {
        if (customGroup == null || customGroup.isBlank()) {
            return List.of();
        }
        return Arrays.stream(customGroup.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
