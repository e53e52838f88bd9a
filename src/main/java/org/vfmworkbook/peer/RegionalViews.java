package org.vfmworkbook.peer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.findings.ChartPoint;
import org.vfmworkbook.findings.UnitFormat;
import org.vfmworkbook.metrics.DataFlag;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.MetricValue;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.Statistics;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.steps.StepKind;
import org.vfmworkbook.web.NotFoundProblem;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/** Builds a region's side-by-side view of every data-led step's measures. */
@ApplicationScoped
public class RegionalViews {

    private final NationalComparisons comparisons;
    private final StepCatalogue steps;

    RegionalViews(NationalComparisons comparisons, StepCatalogue steps) {
        this.comparisons = comparisons;
        this.steps = steps;
    }

    public List<String> years() {
        return comparisons.workbookYears();
    }

    public YearSnapshot snapshot(String year) {
        return comparisons.requireYear(year);
    }

    public Regions.Region region(String code) {
        return Regions.byCode(code).orElseThrow(() -> new NotFoundProblem("No English region with code " + code));
    }

    public List<CouncilRecord> councils(YearSnapshot snapshot, String regionCode) {
        return snapshot.councils().stream()
                .filter(c -> c.regionCode().equals(regionCode))
                .toList();
    }

    public List<String> councilCodes(YearSnapshot snapshot, String regionCode) {
        return councils(snapshot, regionCode).stream().map(CouncilRecord::code).toList();
    }

    /**
     * How the region's councils are named for one person: by name where released to them, as letters drawn from the seed
     * otherwise; anonymised, only their own council by name.
     *
     * @param seed draws the letters; needed when {@link CouncilVisibility#needsLetters} says so
     */
    public CouncilLabels labels(
            YearSnapshot snapshot, String regionCode, boolean anonymised, Long seed, CouncilVisibility visibility) {
        List<CouncilRecord> councils = councils(snapshot, regionCode);
        Map<String, String> names =
                councils.stream().collect(Collectors.toMap(CouncilRecord::code, CouncilRecord::name));
        List<String> codes = councils.stream().map(CouncilRecord::code).toList();
        return CouncilLabels.shown(codes, names, visibility.namedAmong(codes, anonymised), anonymised, seed);
    }

    /**
     * @param anonymised whether the person asked for the anonymised view
     * @param seed draws the letters of the councils shown as letters (see {@link #labels})
     */
    public RegionalView view(
            String regionCode, String year, boolean anonymised, Long seed, CouncilVisibility visibility) {
        Regions.Region region = region(regionCode);
        YearSnapshot snapshot = snapshot(year);
        CouncilLabels labels = labels(snapshot, regionCode, anonymised, seed, visibility);
        String viewer = visibility.ownCouncil();
        List<CouncilRecord> ordered = councils(snapshot, regionCode).stream()
                .sorted(Comparator.comparing(CouncilRecord::code, labels.order()))
                .toList();
        List<RegionalView.StepMeasures> stepViews = new ArrayList<>();
        for (StepDefinition step : steps.all()) {
            if (step.kind() != StepKind.DATA_LED) {
                continue;
            }
            List<RegionalView.Measure> measures = new ArrayList<>();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            step.comparisons().forEach(comparison -> {
                if (seen.put(comparison.metric(), true) == null) {
                    comparisons
                            .catalogue()
                            .find(comparison.metric())
                            .ifPresent(metric ->
                                    measures.add(measure(comparison.id(), metric, snapshot, ordered, labels, viewer)));
                }
            });
            stepViews.add(new RegionalView.StepMeasures(step.number(), step.title(), step.question(), measures));
        }
        String viewerLabel = viewer == null ? null : labels.label(viewer);
        return new RegionalView(
                region.code(),
                region.name(),
                snapshot.year(),
                labels.anonymised(),
                labels.withheld(),
                viewerLabel,
                stepViews);
    }

    private RegionalView.Measure measure(
            String id,
            MetricDefinition metric,
            YearSnapshot snapshot,
            List<CouncilRecord> ordered,
            CouncilLabels labels,
            String viewer) {
        List<RegionalView.Row> rows = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        List<Double> regionValues = new ArrayList<>();
        for (CouncilRecord council : ordered) {
            MetricValue value = snapshot.value(metric.id(), council.code());
            String label = labels.label(council.code());
            boolean isViewer = council.code().equals(viewer);
            rows.add(new RegionalView.Row(
                    label, value.value(), UnitFormat.format(metric.unit(), value.value()), note(value), isViewer));
            points.add(new ChartPoint(label, value.value(), isViewer));
            if (value.available()) {
                regionValues.add(value.value());
            }
        }
        Statistics region = Statistics.of(regionValues);
        Statistics england = Statistics.of(snapshot.councils().stream()
                .map(c -> snapshot.value(metric.id(), c.code()))
                .filter(MetricValue::available)
                .map(MetricValue::value)
                .toList());
        ChartData chart =
                new ChartData(metric.title(), metric.unit(), points, region.median(), region.q1(), region.q3());
        List<TableRow> tableRows = new ArrayList<>();
        for (RegionalView.Row row : rows) {
            TableRow r = TableRow.of(
                    TableCell.text(row.label()),
                    TableCell.number(row.formatted()),
                    TableCell.text(Optional.ofNullable(row.note()).orElse("")));
            tableRows.add(row.viewer() ? r.highlight() : r);
        }
        tableRows.add(TableRow.of(
                TableCell.text("Region median (lower – upper quartile)"),
                TableCell.number(UnitFormat.format(metric.unit(), region.median()) + " ("
                        + UnitFormat.format(metric.unit(), region.q1()) + " – "
                        + UnitFormat.format(metric.unit(), region.q3()) + ")"),
                TableCell.text("")));
        tableRows.add(TableRow.of(
                TableCell.text("England median"),
                TableCell.number(UnitFormat.format(metric.unit(), england.median())),
                TableCell.text("")));
        Table table = new Table(
                metric.title() + ", " + snapshot.year(),
                List.of(TableCell.text("Council"), TableCell.number("Value"), TableCell.text("Note")),
                tableRows);
        return new RegionalView.Measure(
                id,
                metric.id(),
                metric.title(),
                metric.unit(),
                chart,
                table,
                rows,
                england.median(),
                region.median(),
                region.q1(),
                region.q3());
    }

    private static String note(MetricValue value) {
        if (value.available()) {
            return null;
        }
        return value.flags().stream()
                .filter(f -> f != DataFlag.WIDE_VARIATION)
                .sorted()
                .findFirst()
                .map(DataFlag::description)
                .orElse("Not available");
    }
}
