package org.vfmworkbook.workbook;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataChanged;
import org.vfmworkbook.nationaldata.NationalDataStore;

/**
 * The councils and data years a workbook can be made for, always in name order (never by a value). The register is read
 * once and kept until national data is imported (every page names its council; about 150 small records).
 */
@ApplicationScoped
public class Councils {

    private final NationalDataStore store;
    private final NationalComparisons comparisons;
    private volatile Map<String, CouncilRecord> byCode;
    /** Counts imports, so that a register read while one was being stored is not kept. */
    private final AtomicLong imports = new AtomicLong();

    Councils(NationalDataStore store, NationalComparisons comparisons) {
        this.store = store;
        this.comparisons = comparisons;
    }

    /** The data years a workbook can be for, newest first (years with spend to assess). */
    public List<String> years() {
        return comparisons.workbookYears();
    }

    /** The councils that have data in the newest year, alphabetically. */
    public List<CouncilRecord> alphabetical() {
        List<CouncilRecord> councils = years().stream()
                .findFirst()
                .flatMap(comparisons::year)
                .map(YearSnapshot::councils)
                .orElseGet(store::councils);
        return councils.stream()
                .sorted(Comparator.comparing(CouncilRecord::name))
                .toList();
    }

    public Optional<CouncilRecord> find(String code) {
        Map<String, CouncilRecord> register = byCode;
        if (register == null) {
            long before = imports.get();
            register = new LinkedHashMap<>();
            for (CouncilRecord council : store.councils()) {
                register.putIfAbsent(council.code(), council);
            }
            if (imports.get() == before) {
                byCode = register;
            }
        }
        return Optional.ofNullable(register.get(code));
    }

    void onChange(@Observes NationalDataChanged changed) {
        imports.incrementAndGet();
        byCode = null;
    }

    public String name(String code) {
        return find(code).map(CouncilRecord::name).orElse(code);
    }
}
