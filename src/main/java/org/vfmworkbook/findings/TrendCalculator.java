package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vfmworkbook.metrics.Statistics;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/**
 * Builds a council's {@link Trend} from a metric's series: plain Java, no Quarkus types. For each year: the council's
 * figure, the median (type 7, {@link Statistics}) of its region's councils with a figure that year, and of England's.
 * The change told is from the year before the newest held for the council to the newest.
 */
final class TrendCalculator {

    /**
     * A figure built on fewer than this many people (clients, requests, episodes) is small: SALT counts are rounded to
     * the nearest 5, so a count under 50 can be out by up to 2 (4% or more), and a change of a few people swings it.
     */
    static final double SMALL_NUMBERS = 50;

    private TrendCalculator() {}

    /** What the trend is about: the metric, and the council with its region. */
    record Subject(
            String metricId,
            String metricTitle,
            org.vfmworkbook.metrics.Unit unit,
            String councilCode,
            String councilName,
            String regionCode,
            String regionName) {}

    /**
     * @param byYear each year's figures by area code, for the councils that existed that year, oldest year first
     * @param regionOf each council's region code
     * @return null when the metric has fewer than two years
     */
    static Trend trend(Subject s, Map<String, Map<String, SeriesValue>> byYear, Map<String, String> regionOf) {
        if (byYear.size() < 2) {
            return null;
        }
        List<TrendPoint> points = new ArrayList<>();
        for (Map.Entry<String, Map<String, SeriesValue>> year : byYear.entrySet()) {
            Map<String, SeriesValue> values = year.getValue();
            SeriesValue own = values.get(s.councilCode());
            points.add(new TrendPoint(
                    year.getKey(),
                    own == null ? null : own.value(),
                    median(values, code -> s.regionCode().equals(regionOf.get(code))),
                    median(values, code -> true),
                    own != null && own.value() != null && smallNumbers(s.unit(), own)));
        }
        List<SeriesBreak> breaks = SeriesBreak.within(List.copyOf(byYear.keySet()));
        YearOnYear change = change(s.unit(), points);
        String sentence = TrendSentences.sentence(s, change);
        return new Trend(
                s.metricId(),
                s.metricTitle(),
                s.unit(),
                s.councilName(),
                s.regionName(),
                points,
                breaks,
                change,
                sentence,
                table(s, points, breaks),
                TrendChart.of(s, points, breaks));
    }

    /** The median of the members' figures in one year, or null when none has one. */
    static Double median(Map<String, SeriesValue> values, java.util.function.Predicate<String> member) {
        List<Double> in = values.entrySet().stream()
                .filter(e -> member.test(e.getKey()))
                .map(e -> e.getValue().value())
                .filter(Objects::nonNull)
                .toList();
        return in.isEmpty() ? null : Statistics.of(in).median();
    }

    /**
     * Small when the counts are under {@value #SMALL_NUMBERS}: the denominator always (clients, requests, episodes,
     * hours; populations are never that small), the numerator too unless it is money (a metric in pounds).
     */
    static boolean smallNumbers(org.vfmworkbook.metrics.Unit unit, SeriesValue v) {
        boolean moneyNumerator = unit != null && unit.isMoney();
        return v.denominator() != null && v.denominator() < SMALL_NUMBERS
                || !moneyNumerator && v.numerator() != null && v.denominator() != null && v.numerator() < SMALL_NUMBERS;
    }

    /**
     * The newest year the council has a figure for, against the year before it in the series (when that year has a
     * figure too). Per cent: new − old in points. Otherwise (new − old) ÷ old × 100.
     */
    static YearOnYear change(org.vfmworkbook.metrics.Unit unit, List<TrendPoint> points) {
        int last = points.size() - 1;
        while (last >= 1 && points.get(last).council() == null) {
            last--;
        }
        if (last < 1 || points.get(last - 1).council() == null) {
            return null;
        }
        TrendPoint from = points.get(last - 1);
        TrendPoint to = points.get(last);
        boolean inPoints = unit == org.vfmworkbook.metrics.Unit.PERCENT;
        YearOnYear.Reading reading;
        if (SeriesBreak.newCollectionBetween(from.year(), to.year())) {
            reading = YearOnYear.Reading.NEW_COLLECTION;
        } else if (from.smallNumbers() || to.smallNumbers()) {
            reading = YearOnYear.Reading.SMALL_NUMBERS;
        } else if (SeriesBreak.covidIn(from.year(), to.year())) {
            reading = YearOnYear.Reading.TOLD_WITH_COVID_CAUTION;
        } else {
            reading = YearOnYear.Reading.TOLD;
        }
        return new YearOnYear(
                from.year(),
                to.year(),
                from.council(),
                to.council(),
                difference(from.council(), to.council(), inPoints),
                difference(from.regionMedian(), to.regionMedian(), inPoints),
                inPoints,
                reading);
    }

    /** 495 → 515: (515 − 495) ÷ 495 × 100 = 4.04 (%); in points 62.2 → 65.8: 3.6. Null when either is missing or old is 0. */
    static Double difference(Double from, Double to, boolean inPoints) {
        if (from == null || to == null) {
            return null;
        }
        if (inPoints) {
            return to - from;
        }
        return from == 0 ? null : (to - from) / from * 100;
    }

    private static Table table(TrendCalculator.Subject s, List<TrendPoint> points, List<SeriesBreak> breaks) {
        List<TableRow> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            rows.add(TableRow.of(
                    TableCell.text(p.year()),
                    TableCell.number(UnitFormat.format(s.unit(), p.council())),
                    TableCell.number(UnitFormat.format(s.unit(), p.regionMedian())),
                    TableCell.number(UnitFormat.format(s.unit(), p.englandMedian())),
                    TableCell.text(note(p, breaks))));
        }
        return new Table(
                s.metricTitle() + ": " + s.councilName() + " beside the medians of " + s.regionName()
                        + " and England's councils, " + points.get(0).year() + " to "
                        + points.get(points.size() - 1).year(),
                List.of(
                        TableCell.text("Year"),
                        TableCell.number(s.councilName()),
                        TableCell.number("Median, " + s.regionName()),
                        TableCell.number("Median, England"),
                        TableCell.text("Note")),
                rows);
    }

    private static String note(TrendPoint p, List<SeriesBreak> breaks) {
        List<String> notes = new ArrayList<>();
        breaks.stream().filter(b -> b.year().equals(p.year())).forEach(b -> notes.add(b.description()));
        if (p.smallNumbers()) {
            notes.add("Small numbers: " + p.year() + "'s figure rests on fewer than 50 people");
        }
        return String.join("; ", notes);
    }
}
