package org.vfmworkbook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The report's fixed wording, read once from {@code templates/report/wording.yaml}. */
final class Wording {

    static final String RESOURCE = "templates/report/wording.yaml";

    private static final Map<String, String> WORDS = load();

    private Wording() {}

    static Map<String, String> all() {
        return WORDS;
    }

    static String get(String key) {
        String text = WORDS.get(key);
        if (text == null) {
            throw new IllegalStateException("No wording '" + key + "' in " + RESOURCE);
        }
        return text;
    }

    private static Map<String, String> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, String> words = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
            return Map.copyOf(new LinkedHashMap<>(words));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
