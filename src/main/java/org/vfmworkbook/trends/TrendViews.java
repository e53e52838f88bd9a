package org.vfmworkbook.trends;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.vfmworkbook.metrics.Statistics;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.DatasetKind;
import org.vfmworkbook.nationaldata.NationalDataChanged;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.nationaldata.PublishedFigure;
import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.nationaldata.SourceMap;
import org.vfmworkbook.peer.CouncilLabels;
import org.vfmworkbook.peer.CouncilVisibility;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.NotFoundProblem;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/**
 * Builds a region's trend view from Oflog's adult social care measures. Medians are the app's own (type-7, see
 * {@link Statistics}) over the councils' values; Oflog's MEDIAN and rank columns are never imported.
 */
@ApplicationScoped
public class TrendViews {

    static final String NOT_A_RANKING = "Councils are in alphabetical order: this is not a ranking.";

    private final NationalDataStore store;
    private final SourceMap.OflogAsc spec;
    /** The Oflog figures (some 6,400 rows), read once and kept until national data changes; null until first asked for. */
    private volatile List<PublishedFigure> oflog;
    /** Each region's figures, worked out from {@link #oflog} once (the page asks twice: which councils, then the view). */
    private final Map<String, Figures> byRegion = new java.util.concurrent.ConcurrentHashMap<>();

    TrendViews(NationalDataStore store) {
        this.store = store;
        this.spec = SourceMap.load().oflogAsc();
    }

    private List<PublishedFigure> oflogFigures() {
        List<PublishedFigure> held = oflog;
        if (held == null) {
            held = store.latestFiguresOf(DatasetKind.OFLOG_ASC);
            oflog = held;
        }
        return held;
    }

    void onChange(@Observes NationalDataChanged changed) {
        oflog = null;
        byRegion.clear();
    }

    public Regions.Region region(String code) {
        return Regions.byCode(code).orElseThrow(() -> new NotFoundProblem("No English region with code " + code));
    }

    /** The Oflog figures of a region's councils, and which councils each measure has a row for. */
    private record Figures(
            Map<String, String> names,
            Map<String, Set<String>> yearsByMeasure,
            Map<String, Map<String, Double>> valueByMeasure,
            Map<String, List<String>> councilsByMeasure,
            Set<String> shown) {}

    private Figures figures(String regionCode) {
        return byRegion.computeIfAbsent(regionCode, this::readFigures);
    }

    private Figures readFigures(String regionCode) {
        List<PublishedFigure> figures = oflogFigures();
        Map<String, CouncilRecord> register = new HashMap<>();
        store.councils().stream()
                .filter(c -> c.regionCode().equals(regionCode))
                .forEach(c -> register.put(c.code(), c));
        Map<String, String> names = new HashMap<>();
        register.values().forEach(c -> names.put(c.code(), c.name()));
        spec.formerCouncils().stream()
                .filter(c -> c.region().equals(regionCode))
                .forEach(c -> names.put(c.code(), c.name()));
        Map<String, Set<String>> yearsByMeasure = new HashMap<>();
        Map<String, Map<String, Double>> valueByMeasure = new HashMap<>(); // measure -> "area|year" -> value
        for (PublishedFigure f : figures) {
            yearsByMeasure.computeIfAbsent(f.measureId(), m -> new TreeSet<>()).add(f.year());
            valueByMeasure
                    .computeIfAbsent(f.measureId(), m -> new HashMap<>())
                    .put(f.areaCode() + "|" + f.year(), f.value());
        }
        Map<String, List<String>> councilsByMeasure = new LinkedHashMap<>();
        Set<String> shown = new LinkedHashSet<>();
        for (SourceMap.OflogMeasure measure : spec.measures()) {
            List<String> years = List.copyOf(yearsByMeasure.getOrDefault(measure.id(), Set.of()));
            Map<String, Double> values = valueByMeasure.getOrDefault(measure.id(), Map.of());
            // A council has a row when the file has a row for it or it existed in one of the measure's years.
            List<String> codes = names.keySet().stream()
                    .filter(code -> years.stream()
                            .anyMatch(y -> values.containsKey(code + "|" + y) || existedIn(register.get(code), y)))
                    .toList();
            councilsByMeasure.put(measure.id(), codes);
            shown.addAll(codes);
        }
        return new Figures(names, yearsByMeasure, valueByMeasure, councilsByMeasure, shown);
    }

    /** The councils (former ones included) the region's trend view has a row for. */
    public Set<String> councilsShown(String regionCode) {
        region(regionCode);
        return figures(regionCode).shown();
    }

    /**
     * @param anonymised whether the person asked for the anonymised view (only their own council named)
     * @param seed draws the letters of councils shown as letters; needed when {@link CouncilVisibility#needsLetters} says so.
     *            Former councils have no director and are never released, so only the region's directors see them named.
     */
    public TrendView view(String regionCode, boolean anonymised, Long seed, CouncilVisibility visibility) {
        Regions.Region region = region(regionCode);
        Figures f = figures(regionCode);
        List<String> shown = List.copyOf(f.shown());
        CouncilLabels labels =
                CouncilLabels.shown(shown, f.names(), visibility.namedAmong(shown, anonymised), anonymised, seed);
        List<TrendView.Measure> measures = new ArrayList<>();
        for (SourceMap.OflogMeasure measure : spec.measures()) {
            List<String> years = List.copyOf(f.yearsByMeasure().getOrDefault(measure.id(), Set.of()));
            if (years.isEmpty()) {
                continue;
            }
            measures.add(measure(
                    measure,
                    region,
                    years,
                    f.valueByMeasure().get(measure.id()),
                    f.councilsByMeasure().get(measure.id()).stream()
                            .sorted(labels.order())
                            .toList(),
                    labels));
        }
        String viewer = visibility.ownCouncil();
        String viewerLabel =
                labels.showsLetters() && viewer != null && shown.contains(viewer) ? labels.label(viewer) : null;
        return new TrendView(
                region.code(),
                region.name(),
                labels.anonymised(),
                labels.withheld(),
                viewerLabel,
                spec.title(),
                spec.licence(),
                measures);
    }

    private TrendView.Measure measure(
            SourceMap.OflogMeasure measure,
            Regions.Region region,
            List<String> years,
            Map<String, Double> values,
            List<String> codes,
            CouncilLabels labels) {
        List<TrendView.Row> rows = new ArrayList<>();
        for (String code : codes) {
            rows.add(new TrendView.Row(
                    code,
                    labels.label(code),
                    years.stream().map(y -> values.get(code + "|" + y)).toList()));
        }
        List<Double> regionMedians = new ArrayList<>();
        List<Double> englandMedians = new ArrayList<>();
        for (String year : years) {
            regionMedians.add(Statistics.of(codes.stream()
                            .map(c -> values.get(c + "|" + year))
                            .filter(Objects::nonNull)
                            .toList())
                    .median());
            englandMedians.add(Statistics.of(values.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("|" + year))
                            .map(Map.Entry::getValue)
                            .filter(Objects::nonNull)
                            .toList())
                    .median());
        }
        return new TrendView.Measure(
                measure.code(),
                measure.id(),
                measure.name(),
                "%".equals(measure.unit()) ? "per cent (%)" : measure.unit(),
                years,
                rows,
                regionMedians,
                englandMedians,
                table(measure, region, years, rows, regionMedians, englandMedians));
    }

    private Table table(
            SourceMap.OflogMeasure measure,
            Regions.Region region,
            List<String> years,
            List<TrendView.Row> rows,
            List<Double> regionMedians,
            List<Double> englandMedians) {
        List<TableCell> head = new ArrayList<>();
        head.add(TableCell.text("Council"));
        years.forEach(y -> head.add(TableCell.number(y)));
        List<TableRow> body = new ArrayList<>();
        for (TrendView.Row row : rows) {
            body.add(row(row.label(), row.values(), measure));
        }
        body.add(row("Median of " + region.name() + " councils", regionMedians, measure));
        body.add(row("Median of all England's councils", englandMedians, measure));
        String caption = measure.code() + ": " + measure.name() + " (" + unitPhrase(measure) + "), " + region.name()
                + ", "
                + years.get(0) + " to " + years.get(years.size() - 1) + ". Source: " + spec.title() + ". Licence: "
                + spec.licence() + ". " + NOT_A_RANKING + " Medians are the app's own, over the councils with a value.";
        return new Table(caption, head, body);
    }

    private static TableRow row(String label, List<Double> values, SourceMap.OflogMeasure measure) {
        List<TableCell> cells = new ArrayList<>();
        cells.add(TableCell.text(label));
        values.forEach(v -> cells.add(TableCell.number(format(v, measure))));
        return new TableRow(cells, false);
    }

    static String format(Double value, SourceMap.OflogMeasure measure) {
        return "%".equals(measure.unit()) && value != null
                ? Fmt.decimal(value, measure.decimals()) + "%"
                : Fmt.decimal(value, measure.decimals());
    }

    private static String unitPhrase(SourceMap.OflogMeasure measure) {
        return "%".equals(measure.unit()) ? "per cent" : "unit: " + measure.unit();
    }

    private static boolean existedIn(CouncilRecord council, String financialYear) {
        return council != null && council.existedIn(Integer.parseInt(financialYear.substring(0, 4)));
    }
}
