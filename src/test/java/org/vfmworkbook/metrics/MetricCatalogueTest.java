package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.nationaldata.SourceMap;

/** The catalogue's one strict reader: the shipped file reads into enums; an unknown key stops it. */
class MetricCatalogueTest {

    private static final Path INVALID = Path.of("src/test/resources/metrics/invalid");

    @Test
    void readsTheShippedCatalogueIntoTypedUnitsKindsAndYearPolicies() {
        MetricCatalogue catalogue = MetricCatalogue.load(SourceMap.load().measureIds());

        MetricDefinition need = catalogue.find("need-adjusted-gce-per-adult").orElseThrow();
        assertThat(need.unit()).isEqualTo(Unit.INDEX);
        assertThat(need.kind()).isEqualTo(MetricKind.NEED_MODEL);
        MetricDefinition imd = catalogue.find("imd-average-score").orElseThrow();
        assertThat(imd.yearPolicy()).isEqualTo(YearPolicy.LATEST_AVAILABLE);
        assertThat(catalogue.find("gce-per-adult").orElseThrow())
                .extracting(MetricDefinition::unit, MetricDefinition::kind, MetricDefinition::yearPolicy)
                .containsExactly(Unit.GBP_PER_PERSON, MetricKind.RATIO, YearPolicy.SAME_YEAR);
    }

    @Test
    void rejectsAMetricWithAnUnknownKey() throws Exception {
        try (InputStream in = Files.newInputStream(INVALID.resolve("unknown-key-in-metric.yaml"))) {
            assertThatThrownBy(() ->
                            MetricCatalogue.read(in, "fixture", SourceMap.load().measureIds()))
                    .isInstanceOf(UnrecognizedPropertyException.class)
                    .hasMessageContaining("colour");
        }
    }
}
