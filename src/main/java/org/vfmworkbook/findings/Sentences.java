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
                .data("year", FigureYears.of(value))
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
                .render()
                .strip();
    }

    /** "councils in England (£274)": a group named with the quartile the council is beyond, or its median. */
    String groupWithQuartile(MetricDefinition metric, GroupComparison shown) {
        var stats = shown.statistics();
        Double quartile = shown.quartileBand() == org.vfmworkbook.metrics.QuartileBand.HIGHEST_QUARTER
                ? stats.q3()
                : shown.quartileBand() == org.vfmworkbook.metrics.QuartileBand.LOWEST_QUARTER
                        ? stats.q1()
                        : stats.median();
        return groupName(shown) + " (" + UnitFormat.format(metric.unit(), quartile) + ")";
    }

    /**
     * "Care spend … for Kent (£303 in 2021-22) is above the upper quartile of councils in England (£274) and of its
     * statistical neighbours (£280)." with a second sentence naming the groups it differs markedly from.
     */
    String notable(
            MetricDefinition metric,
            CouncilMetric value,
            List<String> above,
            List<String> below,
            List<String> marked,
            String council) {
        return notable.data("metric", metric.shortTitle() == null ? metric.title() : metric.shortTitle())
                .data("council", council)
                .data("value", UnitFormat.format(metric.unit(), value.value()))
                .data("year", FigureYears.of(value))
                .data("above", joined(above, ", of ", " and of "))
                .data("below", joined(below, ", of ", " and of "))
                .data("marked", joined(marked, ", ", " and "))
                .render()
                .strip();
    }

    /** "a, of b and of c" (or null for none), so the template needs no list logic. */
    static String joined(List<String> items, String separator, String last) {
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
