package org.vfmworkbook.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A document's fixed wording, read once from a YAML file of keys and sentences on the classpath (the session pack's
 * {@code templates/peer/session-pack.yaml}, the report layouts' {@code templates/report/layouts.yaml}), so no English a
 * reader sees is kept in Java. Asking for a key the file lacks fails, naming both.
 */
public final class Words {

    private final String resource;
    private final Map<String, String> words;

    private Words(String resource, Map<String, String> words) {
        this.resource = resource;
        this.words = words;
    }

    public static Words load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Map<String, String> read = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
            return new Words(resource, Map.copyOf(new LinkedHashMap<>(read)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    public String get(String key) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalStateException("No wording '" + key + "' in " + resource);
        }
        return text;
    }

    /** The wording with each {@code {name}} replaced by the value after it: {@code get("x", "name", "Kent")}. */
    public String get(String key, String... namesAndValues) {
        String text = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    public Map<String, String> all() {
        return words;
    }
}
