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

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The metric catalogue, read strictly from {@code steps/metrics.yaml} (unknown keys are errors) and checked:
 * ids unique, every measure published by a shipped source, computable metrics with a numerator, need-model
 * metrics based on catalogue metrics, non-computable metrics with a reason.
 */
public final class MetricCatalogue {

    public static final String RESOURCE = "steps/metrics.yaml";

    private final Map<String, MetricDefinition> byId;

    private MetricCatalogue(List<MetricDefinition> metrics) {
        Map<String, MetricDefinition> map = new LinkedHashMap<>();
        metrics.forEach(m -> map.put(m.id(), m));
        this.byId = map;
    }

    record File(List<MetricDefinition> metrics) {}

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
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File file = yaml.readValue(in, File.class);
        List<String> problems = problems(file.metrics(), knownMeasures);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " is not valid:\n  " + String.join("\n  ", problems));
        }
        return new MetricCatalogue(file.metrics());
    }

    static List<String> problems(List<MetricDefinition> metrics, Set<String> knownMeasures) {
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
            for (MetricDefinition.Part part : parts(m)) {
                for (String measure : concat(part.measures(), part.subtract())) {
                    if (!knownMeasures.contains(measure)) {
                        problems.add(at + "measure " + measure + " is not read from any shipped source (sources.yaml)");
                    }
                }
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
