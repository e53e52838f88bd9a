package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.nationaldata.SourceMap;

/** docs/methodology.md and docs/data-dictionary.md must keep up with the catalogue and the source map. */
class DocumentationCoversTheCatalogueTest {

    @Test
    void methodologyDefinesEveryMetric() throws IOException {
        String methodology = Files.readString(Path.of("docs/methodology.md"));
        MetricCatalogue catalogue = MetricCatalogue.load(SourceMap.load().measureIds());
        assertThat(catalogue.all())
                .allSatisfy(m -> assertThat(methodology).as(m.id()).contains("`" + m.id() + "`"));
    }

    @Test
    void dataDictionaryNamesEveryMeasureRead() throws IOException {
        String dictionary = Files.readString(Path.of("docs/data-dictionary.md"));
        assertThat(SourceMap.load().measureIds())
                .allSatisfy(id -> assertThat(dictionary).as(id).contains("`" + id + "`"));
    }
}
