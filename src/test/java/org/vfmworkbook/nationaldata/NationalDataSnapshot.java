package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the store holds before a test tries a bad file, to check afterwards that nothing was stored or changed. */
record NationalDataSnapshot(List<DatasetRecord> datasets, int figures, List<CouncilRecord> councils) {

    static NationalDataSnapshot of(NationalDataStore store) {
        return new NationalDataSnapshot(store.datasets(), store.figures().size(), store.councils());
    }

    void assertUnchanged(NationalDataStore store) {
        assertThat(store.datasets()).as("datasets unchanged").isEqualTo(datasets);
        assertThat(store.figures()).as("figures unchanged").hasSize(figures);
        assertThat(store.councils()).as("councils unchanged").isEqualTo(councils);
    }
}
