package org.vfmworkbook.nationaldata;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Stores and reads the national data. {@link #replace} runs in one transaction: the earlier import of the
 * same kind and year is removed and the new one written, or nothing changes at all.
 */
@ApplicationScoped
public class NationalDataStore {

    private static final String INSERT =
            "insert into observation (datasetId, dataYear, areaCode, measureId, figure, status, source)"
                    + " values (?, ?, ?, ?, ?, ?, ?)";

    private static final java.util.regex.Pattern FINANCIAL_YEAR = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

    private final EntityManager entityManager;

    NationalDataStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    ImportResult replace(ParsedDataset parsed) {
        Optional<Dataset> earlier = Dataset.findByKindAndYear(parsed.kind(), parsed.year());
        earlier.ifPresent(old -> {
            Observation.delete("datasetId", old.id);
            old.delete();
            entityManager.flush();
        });
        Dataset dataset = new Dataset();
        dataset.kind = parsed.kind();
        dataset.dataYear = parsed.year();
        dataset.fileName = parsed.fileName();
        dataset.sha256 = parsed.sha256();
        dataset.title = parsed.title();
        dataset.publisher = parsed.publisher();
        dataset.licence = parsed.licence();
        dataset.importedAt = Instant.now();
        dataset.observationCount = parsed.observations().size();
        dataset.persist();
        entityManager.flush();
        insertObservations(dataset.id, parsed.observations());
        int councils = parsed.kind() == DatasetKind.COUNCIL_REGISTER
                ? replaceRegister(parsed.register())
                : recordSightings(parsed.sightings());
        return new ImportResult(
                dataset.id,
                parsed.kind(),
                parsed.year(),
                parsed.fileName(),
                parsed.observations().size(),
                councils,
                earlier.isPresent());
    }

    private void insertObservations(Long datasetId, List<ParsedObservation> observations) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (ParsedObservation o : observations) {
                    insert.setLong(1, datasetId);
                    insert.setString(2, o.year());
                    insert.setString(3, o.areaCode());
                    insert.setString(4, o.measureId());
                    if (o.value() == null) {
                        insert.setNull(5, Types.DOUBLE);
                    } else {
                        insert.setDouble(5, o.value());
                    }
                    insert.setString(6, o.status().name());
                    insert.setString(7, o.source());
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** The register is reference data: councils are updated in place (workbooks refer to them), never dropped. */
    private int replaceRegister(List<RegisteredCouncil> register) {
        Map<String, Council> held = councilsByCode();
        for (RegisteredCouncil r : register) {
            Council council = held.get(r.code());
            if (council == null) {
                council = new Council();
                council.code = r.code();
            }
            council.name = r.name();
            council.officialName = r.officialName();
            council.type = r.type();
            council.regionCode = r.regionCode();
            council.regionName = r.regionName();
            council.startDate = r.startDate();
            council.endDate = r.endDate();
            council.replacedBy = String.join(",", r.replacedBy());
            council.persist();
        }
        return register.size();
    }

    private int recordSightings(List<ParsedDataset.CouncilSighting> sightings) {
        Map<String, Council> held = sightings.isEmpty() ? Map.of() : councilsByCode();
        for (ParsedDataset.CouncilSighting sighting : sightings) {
            Council council = held.get(sighting.code());
            if (council != null && !sighting.cassrCode().isBlank()) {
                council.cassrCode = sighting.cassrCode();
            }
        }
        return sightings.size();
    }

    /** Every council held, in one query rather than one per council. */
    private static Map<String, Council> councilsByCode() {
        return Council.<Council>listAll().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    }

    @Transactional
    public Set<String> councilCodes() {
        return Council.<Council>listAll().stream().map(c -> c.code).collect(Collectors.toSet());
    }

    @Transactional
    public boolean holds(String sha256) {
        return Dataset.existsWithSha256(sha256);
    }

    @Transactional
    public List<CouncilRecord> councils() {
        return Council.allByName().stream().map(Council::toRecord).toList();
    }

    @Transactional
    public List<DatasetRecord> datasets() {
        return Dataset.<Dataset>list("order by kind, dataYear").stream()
                .map(Dataset::toRecord)
                .toList();
    }

    /**
     * Every stored figure the metrics read, each marked primary when it comes from the file for its own year. Oflog's
     * measures are among them: the steps show its outcome and quality measures beside the spend (issue F.4).
     */
    @Transactional
    public List<PublishedFigure> figures() {
        return figures(entityManager
                .createQuery(
                        "select o.datasetId, o.dataYear, o.areaCode, o.measureId, o.value, o.status, o.source from Observation o",
                        Object[].class)
                .getResultList());
    }

    /**
     * The financial years ("2020-21") for which any file holds a figure (a value or a publisher's marker), newest
     * first: a later workbook's previous-year columns and each year of a long file count as years of their own.
     * Figures labelled by a calendar year (mid-year population estimates, IMD 2019, ASHE 2021) are not data years.
     */
    @Transactional
    public List<String> financialYears() {
        return newestFirst(entityManager
                .createQuery("select distinct o.dataYear from Observation o where o.status <> :blank", String.class)
                .setParameter("blank", ValueStatus.BLANK)
                .getResultList());
    }

    /** The financial years, newest first, for which any file holds a figure of one of these measures. */
    @Transactional
    public List<String> financialYearsOf(java.util.Collection<String> measureIds) {
        return newestFirst(entityManager
                .createQuery(
                        "select distinct o.dataYear from Observation o where o.status <> :blank"
                                + " and o.measureId in :measures",
                        String.class)
                .setParameter("blank", ValueStatus.BLANK)
                .setParameter("measures", measureIds)
                .getResultList());
    }

    private static List<String> newestFirst(List<String> years) {
        return years.stream()
                .filter(y -> FINANCIAL_YEAR.matcher(y).matches())
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** The figures of the newest file of one kind (by its year label), or none when no file of that kind is held. */
    @Transactional
    public List<PublishedFigure> latestFiguresOf(DatasetKind kind) {
        List<Dataset> held = Dataset.ofKind(kind);
        if (held.isEmpty()) {
            return List.of();
        }
        return figures(entityManager
                .createQuery(
                        "select o.datasetId, o.dataYear, o.areaCode, o.measureId, o.value, o.status, o.source from Observation o"
                                + " where o.datasetId = :dataset",
                        Object[].class)
                .setParameter("dataset", held.get(held.size() - 1).id)
                .getResultList());
    }

    private static List<PublishedFigure> figures(List<Object[]> rows) {
        Map<Long, Dataset> datasets = new HashMap<>();
        Dataset.<Dataset>listAll().forEach(d -> datasets.put(d.id, d));
        List<PublishedFigure> figures = new ArrayList<>(rows.size());
        Set<Long> unknown = new HashSet<>();
        for (Object[] row : rows) {
            Dataset dataset = datasets.get((Long) row[0]);
            if (dataset == null) {
                unknown.add((Long) row[0]);
                continue;
            }
            figures.add(new PublishedFigure(
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (Double) row[4],
                    (ValueStatus) row[5],
                    (String) row[6],
                    dataset.kind,
                    dataset.dataYear.equals(row[1])));
        }
        return figures;
    }
}
