package org.vfmworkbook.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric catalogue, read strictly from {@code steps/metrics.yaml} by {@link StrictYaml} (unknown keys are errors,
 * units, kinds and year policies are enums) and checked; the step loader reads it with the same reader and checks the
 * steps against it:
 * ids unique, every measure published by a shipped source, computable metrics with a numerator, need-model
 * metrics based on catalogue metrics, non-computable metrics with a reason.
 */
public final class MetricCatalogue {

    public static final String RESOURCE = "steps/metrics.yaml";

    private final Map<String, MetricDefinition> byId;

    private MetricCatalogue(List<MetricDefinition> metrics) {
        Map<String, MetricDefinition> map = new LinkedHashMap<>();
        metrics.forEach(m -> map.putIfAbsent(m.id(), m));
        this.byId = map;
    }

    /** The file's shape: {@code metrics:} and nothing else. */
    public record File(List<MetricDefinition> metrics) {
        public File {
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
        }
    }

    /**
     * The metrics as read, whatever {@link #problems} says of them, for a reader that reports the problems itself
     * (the step loader, which checks the steps against this catalogue).
     */
    public static MetricCatalogue of(List<MetricDefinition> metrics) {
        return new MetricCatalogue(metrics);
    }

    /** Reads the shipped catalogue and checks it against the measures the importer knows. */
    public static MetricCatalogue load(Set<String> knownMeasures) {
        try (InputStream in = MetricCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(in, RESOURCE, knownMeasures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MetricCatalogue read(InputStream in, String name, Set<String> knownMeasures) throws IOException {
        File file = StrictYaml.MAPPER.readValue(in, File.class);
        List<String> problems = problems(file.metrics());
        problems.addAll(unknownMeasures(file.metrics(), knownMeasures));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " is not valid:\n  " + String.join("\n  ", problems));
        }
        return new MetricCatalogue(file.metrics());
    }

    /**
     * What the catalogue means, each problem as "metric id: what is wrong": ids kebab-case and unique, the required
     * fields, a reason for a metric that cannot be computed, a numerator, a need model's inputs in the catalogue.
     */
    public static List<String> problems(List<MetricDefinition> metrics) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (MetricDefinition m : metrics) {
            String at = "metric " + m.id() + ": ";
            if (m.id() == null || !m.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(at + "id must be kebab-case");
            } else if (!ids.add(m.id())) {
                problems.add(at + "id is used twice");
            }
            if (m.title() == null || m.unit() == null || m.definition() == null || m.polarity() == null) {
                problems.add(at + "title, unit, definition and polarity are all required");
            }
            if (!m.isComputable()) {
                if (m.notComputableReason() == null || m.notComputableReason().isBlank()) {
                    problems.add(at + "computable: false needs a notComputableReason");
                }
                continue;
            }
            if (m.isNeedModel()) {
                if (m.basedOn() == null || m.predictors().isEmpty()) {
                    problems.add(at + "a need-model metric needs basedOn and predictors");
                }
                continue;
            }
            if (m.numerator() == null || m.numerator().measures().isEmpty()) {
                problems.add(at + "needs a numerator with at least one measure");
            }
        }
        for (MetricDefinition m : metrics) {
            if (m.isNeedModel()) {
                concat(m.basedOn() == null ? List.of() : List.of(m.basedOn()), m.predictors()).stream()
                        .filter(ref -> !ids.contains(ref))
                        .forEach(ref -> problems.add("metric " + m.id() + ": refers to unknown metric " + ref));
            }
        }
        return problems;
    }

    /** Every measure a computable ratio metric sums that no shipped source reads. */
    static List<String> unknownMeasures(List<MetricDefinition> metrics, Set<String> knownMeasures) {
        List<String> problems = new ArrayList<>();
        for (MetricDefinition m : metrics) {
            if (!m.isComputable() || m.isNeedModel()) continue;
            for (MetricDefinition.Part part : parts(m)) {
                for (String measure : concat(part.measures(), part.subtract())) {
                    if (!knownMeasures.contains(measure)) {
                        problems.add("metric " + m.id() + ": measure " + measure
                                + " is not read from any shipped source (sources.yaml)");
                    }
                }
            }
        }
        return problems;
    }

    private static List<MetricDefinition.Part> parts(MetricDefinition m) {
        List<MetricDefinition.Part> parts = new ArrayList<>();
        if (m.numerator() != null) {
            parts.add(m.numerator());
        }
        if (m.denominator() != null) {
            parts.add(m.denominator());
        }
        return parts;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public List<MetricDefinition> all() {
        return List.copyOf(byId.values());
    }

    public Optional<MetricDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
