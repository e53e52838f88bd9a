package org.vfmworkbook.workbook;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;

/** The councils and data years a workbook can be made for, always in name order (never by a value). */
@ApplicationScoped
public class Councils {

    private final NationalDataStore store;
    private final NationalComparisons comparisons;

    Councils(NationalDataStore store, NationalComparisons comparisons) {
        this.store = store;
        this.comparisons = comparisons;
    }

    /** Data years held, newest first. */
    public List<String> years() {
        return comparisons.years();
    }

    /** The councils that have data in the newest year, alphabetically. */
    public List<CouncilRecord> alphabetical() {
        List<CouncilRecord> councils = years().stream().findFirst().flatMap(comparisons::year)
                .map(YearSnapshot::councils).orElseGet(store::councils);
        return councils.stream().sorted(Comparator.comparing(CouncilRecord::name)).toList();
    }

    public Optional<CouncilRecord> find(String code) {
        return store.councils().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String name(String code) {
        return find(code).map(CouncilRecord::name).orElse(code);
    }
}
