package org.vfmworkbook.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.SeriesBreak;
import org.vfmworkbook.findings.StepFindings;
import org.vfmworkbook.findings.Trend;
import org.vfmworkbook.findings.TrendPoint;
import org.vfmworkbook.findings.UnitFormat;
import org.vfmworkbook.findings.YearOnYear;
import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.pdf.Words;
import org.vfmworkbook.report.Report.StepSection;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/**
 * The report's figures over the years, taken from the trends the step pages show (findings {@link Trend}: the council, the
 * region's median and England's, the series breaks, the small-numbers flag, the sentence), so the report, its PDF and the
 * step page cannot disagree. What a layout shows ({@link ReportLayout#trends()}): in the full report each step's key
 * measures (the metric of a key comparison, or of a trend comparison) with a chart, its table and its sentence, once per
 * step; in the members' summary one table of what has changed, each key measure once, oldest year to newest.
 */
public final class ReportTrends {

    static final Words WORDS = Words.load("templates/report/trends.yaml");

    private ReportTrends() {}

    /** What a layout shows of the trends. */
    public enum Show {
        NONE,
        /** Each step's key measures' trend charts, tables and sentences. */
        KEY_CHARTS,
        /** One table of what has changed in the key measures, after the executive summary. */
        CHANGES
    }

    /**
     * @param byStep each step's key trends by step number (empty unless the layout draws them)
     * @param changes the table of what has changed, or null unless the layout has it
     */
    @TemplateData
    public record Trends(Map<Integer, List<KeyTrend>> byStep, Changes changes, Map<String, String> words) {

        public List<KeyTrend> forStep(int number) {
            return byStep.getOrDefault(number, List.of());
        }
    }

    /** A key measure's trend, with the chart's key in words (the PDF's chart names its lines above the plot). */
    @TemplateData
    public record KeyTrend(int stepNumber, Trend trend, String key) {
        /** Unique in the report: a measure can be key in more than one step. */
        public String id() {
            return "step-" + stepNumber + "-" + trend.metricId();
        }
    }

    /**
     * @param table the key measures (rows) by year (columns, oldest first), the region's median and the change
     * @param notes what the marks in the table mean, then the measures held for one year only
     */
    @TemplateData
    public record Changes(Table table, List<String> notes) {}

    static Trends of(List<StepFindings> all, List<StepSection> sections, ReportLayout layout, String councilName) {
        Set<Integer> shown = new LinkedHashSet<>();
        sections.forEach(s -> shown.add(s.number()));
        List<StepFindings> steps =
                all.stream().filter(s -> shown.contains(s.stepNumber())).toList();
        Map<Integer, List<KeyTrend>> byStep = new LinkedHashMap<>();
        Changes changes = null;
        if (layout.trends() == Show.KEY_CHARTS) {
            for (StepFindings step : steps) {
                List<KeyTrend> trends = keyTrends(step).stream()
                        .filter(t -> t.trend() != null)
                        .map(t -> new KeyTrend(step.stepNumber(), t.trend(), key(t.trend())))
                        .toList();
                if (!trends.isEmpty()) {
                    byStep.put(step.stepNumber(), trends);
                }
            }
        } else if (layout.trends() == Show.CHANGES) {
            changes = changes(steps, councilName);
        }
        return new Trends(Map.copyOf(byStep), changes, WORDS.all());
    }

    /** A key measure of a step and its trend (null when it has one year only). */
    record Measure(String metricId, String title, Trend trend) {}

    /**
     * The metrics of the step's key and trend comparisons, once each in file order, with the trend of the first comparison
     * of the metric that carries one (a bar comparison leaves it to the step's trend comparison of the same metric).
     */
    static List<Measure> keyTrends(StepFindings step) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (ComparisonFinding c : step.comparisons()) {
            if (!c.key() && !c.isTrend()) {
                continue;
            }
            String metric = c.metric().id();
            Trend trend = step.comparisons().stream()
                    .filter(o -> o.metric().id().equals(metric) && o.hasTrend())
                    .map(ComparisonFinding::trend)
                    .findFirst()
                    .orElse(null);
            String title = c.metric().shortTitle() == null
                    ? c.metric().title()
                    : c.metric().shortTitle();
            measures.putIfAbsent(metric, new Measure(metric, title, trend));
        }
        return List.copyOf(measures.values());
    }

    private static String key(Trend trend) {
        StringBuilder key =
                new StringBuilder(WORDS.get("trendKey", "council", trend.councilName(), "region", trend.regionName()));
        if (trend.breaks().stream().anyMatch(b -> b.kind() == SeriesBreak.Kind.COVID)) {
            key.append(' ').append(WORDS.get("trendKeyCovid"));
        }
        if (trend.breaks().stream().anyMatch(b -> b.kind() == SeriesBreak.Kind.NEW_COLLECTION)) {
            key.append(' ').append(WORDS.get("trendKeyNewCollection"));
        }
        return key.toString();
    }

    /**
     * The members' table: each key measure once (at the first step shown that has it) with a trend, a column per year any
     * of them holds (oldest first, series breaks marked), the region's median in the newest year with that year, and the
     * change on the year before as the step page tells it; a change resting on small numbers is marked, never described.
     */
    static Changes changes(List<StepFindings> steps, String councilName) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (StepFindings step : steps) {
            keyTrends(step).forEach(m -> measures.putIfAbsent(m.metricId(), m));
        }
        List<Measure> withTrend =
                measures.values().stream().filter(m -> m.trend() != null).toList();
        List<String> oneYear = measures.values().stream()
                .filter(m -> m.trend() == null)
                .map(Measure::title)
                .toList();
        List<String> notes = new ArrayList<>();
        if (withTrend.isEmpty()) {
            if (!oneYear.isEmpty()) {
                notes.add(WORDS.get("oneYearOnly", "measures", String.join("; ", oneYear)));
            }
            return new Changes(null, notes);
        }
        TreeSet<String> years = new TreeSet<>();
        withTrend.forEach(m -> years.addAll(m.trend().years()));
        Set<SeriesBreak.Kind> marked = new LinkedHashSet<>();
        boolean small = false;
        List<TableCell> head = new ArrayList<>();
        head.add(TableCell.text(WORDS.get("changesMeasure")));
        for (String year : years) {
            SeriesBreak.Kind kind = breakIn(withTrend, year);
            if (kind != null) {
                marked.add(kind);
            }
            head.add(TableCell.number(year + mark(kind)));
        }
        String region = withTrend.get(0).trend().regionName();
        head.add(TableCell.number(WORDS.get("changesRegionMedian", "region", region)));
        head.add(TableCell.text(WORDS.get("changesCouncil", "council", councilName)));
        head.add(TableCell.text(WORDS.get("changesRegion")));
        List<TableRow> rows = new ArrayList<>();
        for (Measure m : withTrend) {
            Trend trend = m.trend();
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.text(m.title()));
            for (String year : years) {
                TrendPoint point = trend.points().stream()
                        .filter(p -> p.year().equals(year))
                        .findFirst()
                        .orElse(null);
                if (point == null) {
                    cells.add(TableCell.number(""));
                    continue;
                }
                small |= point.smallNumbers();
                cells.add(TableCell.number(compact(trend.unit(), point.council())
                        + (point.smallNumbers() ? WORDS.get("smallNumbersMark") : "")));
            }
            TrendPoint newest = trend.points().get(trend.points().size() - 1);
            cells.add(TableCell.number(WORDS.get(
                    "regionMedianCell", "value", compact(trend.unit(), newest.regionMedian()), "year", newest.year())));
            cells.add(TableCell.text(change(trend.change())));
            cells.add(TableCell.text(regionChange(trend.change())));
            rows.add(new TableRow(cells, false));
        }
        if (marked.contains(SeriesBreak.Kind.COVID)) {
            notes.add(WORDS.get("covidNote"));
        }
        if (marked.contains(SeriesBreak.Kind.NEW_COLLECTION)) {
            notes.add(WORDS.get("newCollectionNote"));
        }
        if (small) {
            notes.add(WORDS.get("smallNumbersNote"));
        }
        if (!oneYear.isEmpty()) {
            notes.add(WORDS.get("oneYearOnly", "measures", String.join("; ", oneYear)));
        }
        Table table = new Table(
                WORDS.get("changesCaption", "council", councilName, "first", years.first(), "last", years.last()),
                head,
                rows);
        return new Changes(table, notes);
    }

    /** The kind of series break in a year of any of the measures, or null. */
    private static SeriesBreak.Kind breakIn(List<Measure> measures, String year) {
        return measures.stream()
                .flatMap(m -> m.trend().breaks().stream())
                .filter(b -> b.year().equals(year))
                .map(SeriesBreak::kind)
                .findFirst()
                .orElse(null);
    }

    private static String mark(SeriesBreak.Kind kind) {
        if (kind == null) {
            return "";
        }
        return WORDS.get(kind == SeriesBreak.Kind.COVID ? "covidMark" : "newCollectionMark");
    }

    /**
     * A figure without the words of its unit, which the measure's title gives ("Residential care 65+, £ per week"): £713, not
     * "£713 a week"; 1,662.8, not "1,662.8 per 100,000". Money, per cent and scores as everywhere else.
     */
    static String compact(Unit unit, Double value) {
        if (unit == null || value == null) {
            return UnitFormat.format(unit, value);
        }
        return switch (unit) {
            case GBP_PER_WEEK -> Fmt.gbp(value);
            case GBP_PER_HOUR -> Fmt.gbpPence(value);
            case PER_100K -> Fmt.decimal(value, 1);
            default -> UnitFormat.format(unit, value);
        };
    }

    /** The council's change on the year before ("Up 4% on 2020-21"), or why it is not described. */
    static String change(YearOnYear change) {
        if (change == null) {
            return WORDS.get("changeNone");
        }
        return switch (change.reading()) {
            case SMALL_NUMBERS -> WORDS.get("changeSmallNumbers");
            case NEW_COLLECTION -> WORDS.get("changeNewCollection");
            case TOLD, TOLD_WITH_COVID_CAUTION ->
                WORDS.get(
                        change.reading() == YearOnYear.Reading.TOLD ? "changeTold" : "changeToldCovid",
                        "movement",
                        change.councilMovement(),
                        "from",
                        change.from());
        };
    }

    /** The region's median's change over the same years ("Up 2%"); empty where the council's is not described. */
    static String regionChange(YearOnYear change) {
        if (change == null || !change.told() || change.regionChange() == null) {
            return "";
        }
        return WORDS.get("changeRegion", "movement", change.regionMovement(), "from", change.from());
    }
}
