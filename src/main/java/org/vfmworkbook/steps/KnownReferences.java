package org.vfmworkbook.steps;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.vfmworkbook.metrics.MetricCatalogue;
import org.vfmworkbook.metrics.MetricDefinition;

/**
 * What a step file may refer to: the metric catalogue ({@code steps/metrics.yaml}, read by the metrics package's
 * strict reader, the same the comparisons use) and the caveats in {@code steps/caveats.yaml}. When the catalogue could
 * not be read its problems are reported on their own and the steps' metric references go unchecked, so that one
 * fault there does not report every comparison of every step.
 */
public final class KnownReferences {

    private final MetricCatalogue metrics;
    private final Set<String> caveatIds;

    /** @param metrics the catalogue, or null when it could not be read */
    KnownReferences(MetricCatalogue metrics, Collection<Caveat> caveats) {
        this.metrics = metrics;
        this.caveatIds = caveats.stream().map(Caveat::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the metric catalogue was read, so that a metric's absence from it means something. */
    boolean metricsRead() {
        return metrics != null;
    }

    public Optional<MetricDefinition> metric(String id) {
        return metrics == null ? Optional.empty() : metrics.find(id);
    }

    /** Every metric, in the order of metrics.yaml (a metric's position is its index there). */
    public List<MetricDefinition> metrics() {
        return metrics == null ? List.of() : metrics.all();
    }

    public boolean hasCaveat(String id) {
        return caveatIds.contains(id);
    }
}
