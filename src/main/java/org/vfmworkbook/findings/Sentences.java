package org.vfmworkbook.findings;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.Unit;

/**
 * Plain-English sentences about a comparison. The wording is in {@code templates/findings/*.txt} (plain text: the
 * same sentence goes into HTML, which escapes it, and into the PDF); this class only supplies formatted values.
 */
@ApplicationScoped
class Sentences {

    private final Template sentence;
    private final Template notable;
    private final Template group;

    Sentences(Engine engine) {
        this.sentence = engine.getTemplate("findings/sentence.txt");
        this.notable = engine.getTemplate("findings/notable.txt");
        this.group = engine.getTemplate("findings/group.txt");
    }

    /** "Spend per adult (18+) for Kent was £515 in 2021-22; the median of its statistical neighbours was …". */
    String comparison(MetricDefinition metric, CouncilMetric value, GroupComparison shown, String council) {
        Unit unit = metric.unit();
        var stats = shown == null ? null : shown.statistics();
        String reason =
                value.flags().stream().map(CouncilMetric.Flag::description).collect(Collectors.joining("; "));
        return sentence.data("metric", metric.shortTitle() == null ? metric.title() : metric.shortTitle())
                .data("council", council)
                .data("year", value.year())
                .data("available", value.value() != null)
                .data("value", UnitFormat.format(unit, value.value()))
                .data("hasGroup", stats != null && stats.n() > 0)
                .data("group", groupName(shown))
                .data("median", UnitFormat.format(unit, stats == null ? null : stats.median()))
                .data("q1", UnitFormat.format(unit, stats == null ? null : stats.q1()))
                .data("q3", UnitFormat.format(unit, stats == null ? null : stats.q3()))
                .data("reason", reason.isEmpty() ? null : reason)
                .render()
                .strip();
    }

    /** "its statistical neighbours", "councils in the South East region", "councils in England". */
    String groupName(GroupComparison shown) {
        if (shown == null) {
            return "";
        }
        return group.data("kind", shown.group().name().toLowerCase(java.util.Locale.ROOT))
                .data("label", shown.label())
                .data("withMedian", false)
                .data("median", "")
                .render()
                .strip();
    }

    /** "its statistical neighbours (median £487)". */
    String groupWithMedian(MetricDefinition metric, GroupComparison shown) {
        return group.data("kind", shown.group().name().toLowerCase(java.util.Locale.ROOT))
                .data("label", shown.label())
                .data("withMedian", true)
                .data(
                        "median",
                        UnitFormat.format(metric.unit(), shown.statistics().median()))
                .render()
                .strip();
    }

    String notable(MetricDefinition metric, CouncilMetric value, List<String> groups, String council) {
        return notable.data("metric", metric.shortTitle() == null ? metric.title() : metric.shortTitle())
                .data("council", council)
                .data("value", UnitFormat.format(metric.unit(), value.value()))
                .data("year", value.year())
                .data("groups", groups)
                .render()
                .strip();
    }
}
