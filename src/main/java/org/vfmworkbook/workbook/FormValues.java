package org.vfmworkbook.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;

/** The fields of a submitted form (first value of each), kept to re-render the form with the user's own input. */
@TemplateData
public record FormValues(Map<String, String> values) {

    private static final FormValues NONE = new FormValues(Map.of());

    public static FormValues none() {
        return NONE;
    }

    public static FormValues of(MultivaluedMap<String, String> form) {
        Map<String, String> first = new LinkedHashMap<>();
        form.forEach((name, all) -> {
            if (all != null && !all.isEmpty()) {
                first.put(name, all.get(0));
            }
        });
        return new FormValues(first);
    }

    public static FormValues of(Map<String, String> values) {
        return new FormValues(new LinkedHashMap<>(values));
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Trimmed, or null when blank. */
    String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every field except those starting with one of the prefixes: what a conflict page carries forward as hidden fields. */
    public List<Map.Entry<String, String>> allExcept(String... prefixes) {
        return values.entrySet().stream()
                .filter(e -> java.util.Arrays.stream(prefixes)
                        .noneMatch(p -> e.getKey().startsWith(p)))
                .toList();
    }
}
