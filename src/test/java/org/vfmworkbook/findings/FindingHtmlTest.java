package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.nationaldata.DatasetKind;
import org.vfmworkbook.nationaldata.NationalDataChanged;

@QuarkusTest
class FindingHtmlTest {

    @Inject
    FindingHtml html;

    @Inject
    FindingsService findings;

    @Inject
    Engine engine;

    @Inject
    Event<NationalDataChanged> dataChanged;

    @Test
    void aFindingIsRenderedOnceAsTheTagRendersItAndAgainWhenTheNationalDataChanges() {
        ComparisonFinding spend = first(ComparatorGroup.NEIGHBOURS);
        String inPage = engine.parse("{#comparisonFinding finding=f /}")
                .data("f", spend)
                .render();

        String kept = html.of(spend).getValue();
        assertThat(kept).isEqualTo(inPage).contains("Kent").contains(spend.sentence());
        assertThat(html.of(spend).getValue()).isSameAs(kept);

        ComparisonFinding england = first(ComparatorGroup.ENGLAND);
        assertThat(england).isNotSameAs(spend);
        assertThat(html.of(england).getValue()).isNotEqualTo(kept).contains(england.sentence());

        dataChanged.fire(new NationalDataChanged(DatasetKind.ASCFR_SALT, "2021-22"));
        assertThat(html.of(spend).getValue()).isNotSameAs(kept).isEqualTo(kept);
    }

    private ComparisonFinding first(ComparatorGroup group) {
        return findings.forStep("E10000016", "2021-22", "spend-per-head", group, List.of())
                .comparisons()
                .get(0);
    }
}
