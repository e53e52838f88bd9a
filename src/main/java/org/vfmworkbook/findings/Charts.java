package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.MetricValue;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/**
 * Chart points and tables. Councils are always in alphabetical order, never by value. Against England every
 * council is drawn but only the council itself is named ("Another council" for the rest), and the table beside a
 * chart gives the group's statistics, not a ranked list.
 */
final class Charts {

    static final String ANOTHER_COUNCIL = "Another council";

    private final NationalComparisons national;
    private final Function<GroupComparison, String> groupName;

    /** @param groupName how a sentence names a group ("its statistical neighbours"): the title and table say the same */
    Charts(NationalComparisons national, Function<GroupComparison, String> groupName) {
        this.national = national;
        this.groupName = groupName;
    }

    /** "Spend per adult: Kent and its statistical neighbours, 2020-21": the group and the figure's own year. */
    String title(MetricDefinition metric, GroupComparison shown, String council, String year) {
        String group = shown == null ? "" : " and " + groupName.apply(shown);
        return metric.title() + ": " + council + group + ", " + year;
    }

    /** The year of the council's own figure in the snapshot (see {@link FigureYears}). */
    private static String figureYear(YearSnapshot snapshot, MetricDefinition metric, CouncilRecord council) {
        MetricValue v = snapshot.value(metric.id(), council.code());
        return v.available() && v.sourceYear() != null ? v.sourceYear() : snapshot.year();
    }

    /**
     * Each council of a named group (region, neighbours, custom) with its own figure, alphabetical, the council
     * highlighted; null against England, whose other councils are not named.
     */
    Table memberTable(
            YearSnapshot snapshot,
            MetricDefinition metric,
            CouncilRecord council,
            ComparatorGroup group,
            GroupComparison shown) {
        if (shown == null || group == ComparatorGroup.ENGLAND) {
            return null;
        }
        List<TableRow> rows = new ArrayList<>();
        for (CouncilRecord c : members(snapshot, metric, council, group, shown, true)) {
            MetricValue v = snapshot.value(metric.id(), c.code());
            TableRow row = TableRow.of(
                    TableCell.text(c.name()), TableCell.number(UnitFormat.format(metric.unit(), v.value())));
            rows.add(c.code().equals(council.code()) ? row.highlight() : row);
        }
        return new Table(
                "Each council's figure: " + title(metric, shown, council.name(), figureYear(snapshot, metric, council))
                        + ". " + NOT_A_RANKING,
                List.of(TableCell.text("Council"), TableCell.number("Value")),
                rows);
    }

    static final String NOT_A_RANKING = "Councils are in alphabetical order: this is not a ranking.";

    /** The councils of a group with a value (and the council itself, with or without one), alphabetical. */
    private static List<CouncilRecord> members(
            YearSnapshot snapshot,
            MetricDefinition metric,
            CouncilRecord council,
            ComparatorGroup group,
            GroupComparison shown) {
        return members(snapshot, metric, council, group, shown, false);
    }

    /** @param withoutValues keep the group's councils that have no figure (a table says "Not available" for them) */
    private static List<CouncilRecord> members(
            YearSnapshot snapshot,
            MetricDefinition metric,
            CouncilRecord council,
            ComparatorGroup group,
            GroupComparison shown,
            boolean withoutValues) {
        Set<String> listed = shown == null ? Set.of() : Set.copyOf(shown.members());
        return snapshot.councils().stream()
                .filter(c -> switch (group) {
                    case ENGLAND -> true;
                    case REGION -> c.regionCode().equals(council.regionCode());
                    case NEIGHBOURS, CUSTOM -> listed.contains(c.code());
                })
                .filter(c -> withoutValues
                        || c.code().equals(council.code())
                        || snapshot.value(metric.id(), c.code()).available())
                .sorted(FindingsService.byName())
                .toList();
    }

    private static String label(CouncilRecord member, CouncilRecord council, ComparatorGroup group) {
        boolean self = member.code().equals(council.code());
        return self || group != ComparatorGroup.ENGLAND ? member.name() : ANOTHER_COUNCIL;
    }

    ChartData bars(
            YearSnapshot snapshot,
            MetricDefinition metric,
            CouncilRecord council,
            ComparatorGroup group,
            GroupComparison shown) {
        List<ChartPoint> points = members(snapshot, metric, council, group, shown).stream()
                .map(c -> new ChartPoint(
                        label(c, council, group),
                        snapshot.value(metric.id(), c.code()).value(),
                        c.code().equals(council.code())))
                .toList();
        var stats = shown == null ? null : shown.statistics();
        return new ChartData(
                title(metric, shown, council.name(), figureYear(snapshot, metric, council)),
                metric.unit(),
                points,
                stats == null ? null : stats.median(),
                stats == null ? null : stats.q1(),
                stats == null ? null : stats.q3());
    }

    /** Need model: expected spend per adult (x) against actual (y); the need-adjusted value holds both. */
    ScatterData scatter(
            YearSnapshot snapshot,
            MetricDefinition metric,
            CouncilRecord council,
            ComparatorGroup group,
            GroupComparison shown) {
        List<ScatterData.Point> points = new ArrayList<>();
        for (CouncilRecord c : members(snapshot, metric, council, group, shown)) {
            MetricValue v = snapshot.value(metric.id(), c.code());
            if (v.available() && v.numerator() != null && v.denominator() != null) {
                points.add(new ScatterData.Point(
                        label(c, council, group),
                        v.denominator(),
                        v.numerator(),
                        c.code().equals(council.code())));
            }
        }
        return new ScatterData(
                title(metric, shown, council.name(), figureYear(snapshot, metric, council)),
                "Expected spend per adult (£)",
                "Actual spend per adult (£)",
                points);
    }

    /** The council's value over the years held, oldest first. */
    ChartData trend(MetricDefinition metric, CouncilRecord council, ComparatorGroup group, String name) {
        List<ChartPoint> points = years().stream()
                .map(y -> national.year(y).orElseThrow())
                .map(s -> new ChartPoint(
                        s.year(), s.value(metric.id(), council.code()).value(), true))
                .toList();
        return new ChartData(metric.title() + " – " + name + ", years held", metric.unit(), points, null, null, null);
    }

    Table trendTable(MetricDefinition metric, CouncilRecord council, ComparatorGroup group) {
        List<TableRow> rows = new ArrayList<>();
        String groupLabel = "";
        for (String year : years()) {
            YearSnapshot s = national.year(year).orElseThrow();
            CouncilMetric m = national.forCouncil(s, council, metric, List.of());
            GroupComparison g = m.comparisons().get(group);
            groupLabel = g == null ? groupLabel : g.label();
            rows.add(TableRow.of(
                    TableCell.text(year),
                    TableCell.number(UnitFormat.format(metric.unit(), m.value())),
                    TableCell.number(UnitFormat.format(
                            metric.unit(), g == null ? null : g.statistics().median()))));
        }
        return new Table(
                metric.title() + " over the years held",
                List.of(
                        TableCell.text("Year"),
                        TableCell.number(council.name()),
                        TableCell.number("Median: " + groupLabel)),
                rows);
    }

    private List<String> years() {
        return national.years().stream().sorted().collect(Collectors.toList());
    }

    /** The group's statistics beside a chart: council value, median, quartiles, n, and England's published figure. */
    Table statisticsTable(
            MetricDefinition metric,
            CouncilMetric value,
            GroupComparison shown,
            GroupComparison england,
            String council) {
        Unit unit = metric.unit();
        List<TableRow> rows = new ArrayList<>();
        rows.add(TableRow.of(TableCell.text(council), TableCell.number(UnitFormat.format(unit, value.value())))
                .highlight());
        if (shown != null) {
            var s = shown.statistics();
            rows.add(TableRow.of(TableCell.text("Median"), TableCell.number(UnitFormat.format(unit, s.median()))));
            rows.add(TableRow.of(TableCell.text("Lower quartile"), TableCell.number(UnitFormat.format(unit, s.q1()))));
            rows.add(TableRow.of(TableCell.text("Upper quartile"), TableCell.number(UnitFormat.format(unit, s.q3()))));
            rows.add(TableRow.of(TableCell.text("Councils with a value"), TableCell.number(Fmt.number(s.n()))));
        }
        if (england != null && england.aggregate() != null) {
            rows.add(TableRow.of(
                    TableCell.text("England (published total)"),
                    TableCell.number(UnitFormat.format(unit, england.aggregate()))));
        }
        String caption = title(metric, shown, council, FigureYears.of(value));
        return new Table(caption, List.of(TableCell.text("Figure"), TableCell.number("Value")), rows);
    }
}
