package org.vfmworkbook.steps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a step file may refer to: the metrics in {@code steps/metrics.yaml} (read tolerantly: only
 * {@code metrics[].id}, {@code computable}, {@code kind} and {@code caveats}) and the caveats in
 * {@code steps/caveats.yaml}. Self-contained on purpose: it does not depend on the metrics package.
 */
public final class KnownReferences {

    /** The little this package needs to know about a metric; {@code index} is its position in metrics.yaml. */
    public record KnownMetric(int index, String id, boolean computable, boolean needModel, List<String> caveats) {
    }

    private final Map<String, KnownMetric> metrics;
    private final Set<String> caveatIds;

    KnownReferences(List<KnownMetric> metrics, Collection<Caveat> caveats) {
        this.metrics = new LinkedHashMap<>();
        metrics.forEach(metric -> this.metrics.putIfAbsent(metric.id(), metric));
        this.caveatIds = caveats.stream().map(Caveat::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<KnownMetric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    public Collection<KnownMetric> metrics() {
        return metrics.values();
    }

    public boolean hasCaveat(String id) {
        return caveatIds.contains(id);
    }

    /** Skims the metric catalogue; a metric is computable unless it says {@code computable: false}. */
    static List<KnownMetric> readMetrics(Path metricsYaml) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(metricsYaml)) {
            root = StepYaml.TOLERANT.readTree(in);
        }
        List<KnownMetric> known = new ArrayList<>();
        JsonNode list = root == null ? null : root.path("metrics");
        if (list == null || !list.isArray()) {
            throw new IOException("metrics.yaml has no metrics: list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode metric = list.get(i);
            List<String> caveats = new ArrayList<>();
            metric.path("caveats").forEach(caveat -> caveats.add(caveat.asText()));
            known.add(new KnownMetric(i, metric.path("id").asText(null),
                    metric.path("computable").asBoolean(true),
                    "need-model".equals(metric.path("kind").asText()),
                    List.copyOf(caveats)));
        }
        return known;
    }
}
