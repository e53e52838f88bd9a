package org.vfmworkbook.nationaldata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One imported published file. A later import of the same kind and year replaces it whole. */
@Entity
@Table(name = "dataset", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "dataYear"}))
public class Dataset extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DatasetKind kind;

    @Column(nullable = false, length = 16)
    public String dataYear;

    @Column(nullable = false)
    public String fileName;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(length = 500)
    public String title;

    public String publisher;

    public String licence;

    @Column(nullable = false)
    public Instant importedAt;

    public int observationCount;

    public static Optional<Dataset> findByKindAndYear(DatasetKind kind, String year) {
        return find("kind = ?1 and dataYear = ?2", kind, year).firstResultOptional();
    }

    public static boolean existsWithSha256(String sha256) {
        return count("sha256", sha256) > 0;
    }

    public static List<Dataset> ofKind(DatasetKind kind) {
        return list("kind = ?1 order by dataYear", kind);
    }

    public DatasetRecord toRecord() {
        return new DatasetRecord(
                id, kind, dataYear, fileName, sha256, title, publisher, licence, importedAt, observationCount);
    }
}
