package org.vfmworkbook.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a step file may refer to: the metrics in {@code steps/metrics.yaml} (skimmed tolerantly: only
 * {@code metrics[].id}, {@code computable}, {@code kind} and {@code caveats}) and the caveats in
 * {@code steps/caveats.yaml}. Self-contained on purpose: it does not depend on the metrics package.
 */
public final class KnownReferences {

    /** The little this package needs to know about a metric; {@code index} is its position in metrics.yaml. */
    public record KnownMetric(int index, String id, boolean computable, boolean needModel, List<String> caveats) {}

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

    private static final Pattern ITEM = Pattern.compile("^\\s*- id:\\s*(.+?)\\s*$");
    private static final Pattern KEY = Pattern.compile("^\\s+(computable|kind|caveats):\\s*(.*?)\\s*$");

    /**
     * Skims the metric catalogue line by line for the four keys this package needs, one metric per
     * {@code - id:} line, so that a fault elsewhere in a metric (the metrics package validates the whole file)
     * does not hide every metric from the step validator. A metric is computable unless it says
     * {@code computable: false}.
     */
    static List<KnownMetric> readMetrics(Path metricsYaml) throws IOException {
        List<KnownMetric> known = new ArrayList<>();
        String id = null;
        boolean computable = true;
        boolean needModel = false;
        List<String> caveats = List.of();
        for (String line : Files.readAllLines(metricsYaml)) {
            String content = withoutComment(line);
            Matcher item = ITEM.matcher(content);
            Matcher key = KEY.matcher(content);
            if (item.matches()) {
                if (id != null) known.add(new KnownMetric(known.size(), id, computable, needModel, caveats));
                id = unquote(item.group(1));
                computable = true;
                needModel = false;
                caveats = List.of();
            } else if (id != null && key.matches()) {
                String value = unquote(key.group(2));
                switch (key.group(1)) {
                    case "computable" -> computable = !"false".equals(value);
                    case "kind" -> needModel = "need-model".equals(value);
                    default -> caveats = flowList(value);
                }
            }
        }
        if (id != null) known.add(new KnownMetric(known.size(), id, computable, needModel, caveats));
        if (known.isEmpty()) throw new IOException("no metrics (no '- id:' lines) in " + metricsYaml);
        return known;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        return line.trim().startsWith("#") ? "" : hash < 0 ? line : line.substring(0, hash);
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        if (trimmed.length() >= 2
                && (trimmed.startsWith("\"") || trimmed.startsWith("'"))
                && trimmed.charAt(trimmed.length() - 1) == trimmed.charAt(0)) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static List<String> flowList(String value) {
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(inner.split(","))
                .map(KnownReferences::unquote)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
