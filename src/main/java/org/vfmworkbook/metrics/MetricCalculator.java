package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a catalogue metric for one area and year from published figures:
 * value = (Σ numerator − Σ numerator subtractions) × multiplier ÷ (Σ denominator − Σ denominator subtractions).
 * Any measure not published ("[x]", "[c]", blank, absent) makes the value unavailable with the reason as a flag.
 */
public final class MetricCalculator {

    /** Denominators below this many people (or units) are flagged as small. */
    public static final double SMALL_DENOMINATOR = 100;

    /**
     * Which measures are ONS mid-year estimates (labelled by their mid-year, e.g. "2019") and which ONS measure stands
     * in for a population the tables publish, in a year whose tables publish none. The estimate for mid-year Y is the
     * population base of financial year Y+1 to Y+2: mid-2019 for 2020-21, as NHS Digital's tables use.
     */
    public record PopulationBase(Set<String> midYearMeasures, Map<String, String> standsIn) {
        public static final PopulationBase NONE = new PopulationBase(Set.of(), Map.of());

        /** The mid-year whose estimate is the population base of a financial year: "2019" for "2020-21". */
        public static String midYearFor(String year) {
            return String.valueOf(Figure.startYear(year) - 1);
        }
    }

    private final FigureIndex figures;
    private final Map<String, String> predecessorOf;
    private final PopulationBase population;

    /**
     * @param predecessorOf for a council that replaced exactly one earlier council, that council's code
     *        (e.g. Buckinghamshire E06000060 → E10000002): its figures stand in, flagged, where the newer
     *        council has none. Councils formed by merging or splitting get no stand-in.
     */
    public MetricCalculator(FigureIndex figures, Map<String, String> predecessorOf) {
        this(figures, predecessorOf, PopulationBase.NONE);
    }

    public MetricCalculator(FigureIndex figures, Map<String, String> predecessorOf, PopulationBase population) {
        this.figures = figures;
        this.predecessorOf = predecessorOf;
        this.population = population;
    }

    /** The year a measure is looked up in for a data year: the population base for mid-year estimates. */
    private String lookupYear(String measureId, String year) {
        return population.midYearMeasures().contains(measureId) ? PopulationBase.midYearFor(year) : year;
    }

    public MetricValue compute(MetricDefinition metric, String areaCode, String year) {
        if (!metric.isComputable() || metric.isNeedModel()) {
            return MetricValue.unavailable(metric.id(), areaCode, year, Set.of(DataFlag.NOT_COMPUTABLE));
        }
        Lookup lookup = new Lookup(metric, areaCode, year);
        Double numerator = lookup.sum(metric.numerator());
        Double denominator = metric.denominator() == null ? null : lookup.sum(metric.denominator());
        EnumSet<DataFlag> flags = lookup.flags;
        boolean complete = numerator != null && (metric.denominator() == null || denominator != null);
        if (!complete) {
            return MetricValue.unavailable(metric.id(), areaCode, year, flags);
        }
        Double value;
        if (denominator == null) {
            value = numerator * metric.scale();
        } else if (denominator == 0) {
            flags.add(DataFlag.ZERO_DENOMINATOR);
            value = null;
        } else {
            if (denominator < SMALL_DENOMINATOR) {
                flags.add(DataFlag.SMALL_DENOMINATOR);
            }
            value = numerator * metric.scale() / denominator;
        }
        String sourceYear = lookup.years.isEmpty() ? year : lookup.years.last();
        return new MetricValue(
                metric.id(), areaCode, year, value, numerator, denominator, sourceYear, flags, lookup.sources);
    }

    /** One published measure for an area, by the metric's year policy (used for neighbour characteristics). */
    public Optional<Figure> measure(String areaCode, String measureId, String year, boolean latestAvailable) {
        String lookup = lookupYear(measureId, year);
        Optional<Figure> figure = latestAvailable
                ? figures.latestAtOrBefore(areaCode, measureId, lookup)
                : figures.in(areaCode, measureId, lookup);
        if (figure.isEmpty() && predecessorOf.containsKey(areaCode)) {
            return measure(predecessorOf.get(areaCode), measureId, year, latestAvailable);
        }
        return figure;
    }

    private final class Lookup {
        final MetricDefinition metric;
        final String areaCode;
        final String year;
        final EnumSet<DataFlag> flags = EnumSet.noneOf(DataFlag.class);
        final TreeSet<String> years = new TreeSet<>();
        final List<String> sources = new ArrayList<>();

        Lookup(MetricDefinition metric, String areaCode, String year) {
            this.metric = metric;
            this.areaCode = areaCode;
            this.year = year;
        }

        Double sum(MetricDefinition.Part part) {
            Double total = 0.0;
            for (String measure : part.measures()) {
                total = add(total, read(measure), 1);
            }
            for (String measure : part.subtract()) {
                total = add(total, read(measure), -1);
            }
            return total;
        }

        private Double add(Double total, Double value, int sign) {
            return total == null || value == null ? null : total + sign * value;
        }

        private Double read(String measureId) {
            String standIn = population.standsIn().get(measureId);
            if (standIn != null && !figures.publishedFor(measureId, year, metric.usesLatestAvailable())) {
                Optional<Figure> ons = findForArea(standIn, false);
                ons.ifPresent(f -> flags.add(DataFlag.POPULATION_FROM_ONS));
                return read(standIn, ons, false);
            }
            return read(measureId, findForArea(measureId, metric.usesLatestAvailable()), metric.usesLatestAvailable());
        }

        private Optional<Figure> findForArea(String measureId, boolean latestAvailable) {
            Optional<Figure> found = find(areaCode, measureId, latestAvailable);
            if (found.isEmpty() && predecessorOf.containsKey(areaCode)) {
                found = find(predecessorOf.get(areaCode), measureId, latestAvailable);
                found.ifPresent(f -> flags.add(DataFlag.CARRIED_FROM_PREDECESSOR));
            }
            return found;
        }

        private Double read(String measureId, Optional<Figure> found, boolean latestAvailable) {
            String expectedYear = lookupYear(measureId, year);
            // absent or blank: missing for this area, unless no area has the measure this year at all
            DataFlag missing = figures.publishedFor(measureId, expectedYear, latestAvailable)
                    ? DataFlag.MISSING
                    : DataFlag.NOT_PUBLISHED_FOR_YEAR;
            if (found.isEmpty()) {
                flags.add(missing);
                return null;
            }
            Figure figure = found.get();
            switch (figure.status()) {
                case NOT_SUBMITTED -> flags.add(DataFlag.NOT_SUBMITTED);
                case SUPPRESSED -> flags.add(DataFlag.SUPPRESSED);
                case BLANK -> flags.add(missing);
                case PUBLISHED -> {}
            }
            if (!figure.published()) {
                return null;
            }
            if (Figure.startYear(figure.year()) != Figure.startYear(expectedYear)) {
                flags.add(DataFlag.EARLIER_YEAR);
            }
            years.add(figure.year());
            sources.add(figure.source());
            return figure.value();
        }

        private Optional<Figure> find(String area, String measureId, boolean latestAvailable) {
            String lookup = lookupYear(measureId, year);
            return latestAvailable
                    ? figures.latestAtOrBefore(area, measureId, lookup)
                    : figures.in(area, measureId, lookup);
        }
    }
}
