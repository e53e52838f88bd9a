package org.vfmworkbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * Text a director reads has no developers' text in it: no repository paths or file names of the project, no ONS codes
 * standing for a council or region, no e-mail addresses. Walks every value in the step files, the caveats and the
 * metric catalogue, and every template with its comments taken out.
 */
class UserTextTest {

    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "a repository path", Pattern.compile("data/raw|src/|docs/|PROVENANCE|\\b[\\w-]+\\.(md|java|ya?ml)\\b"),
            "an ONS code", Pattern.compile("\\bE(0[6-9]|1[0-2])\\d{6}\\b"),
            "an e-mail address", Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"));

    private static final Pattern QUTE_COMMENT = Pattern.compile("(?s)\\{!.*?!}");
    /** A YAML comment line: read by developers, never shown. */
    private static final Pattern YAML_COMMENT = Pattern.compile("(?m)^\\s*#.*$");

    @Test
    void noStepCaveatOrMetricTextShowsARepositoryPathACodeOrAnEmailAddress() throws IOException {
        List<String> problems = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Path.of("steps"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                walk(yaml.readTree(file.toFile()), file + ":", problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTemplateShowsARepositoryPathACodeOrAnEmailAddress() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = QUTE_COMMENT.matcher(Files.readString(file)).replaceAll("");
                if (file.toString().endsWith(".yaml")) {
                    text = YAML_COMMENT.matcher(text).replaceAll("");
                }
                check(text, file.toString(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItIsMeantTo() {
        List<String> problems = new ArrayList<>();
        check("see data/raw/PROVENANCE.md section 5", "a", problems);
        check("the region E12000008", "b", problems);
        check("facilitator lead@council.gov.uk", "c", problems);
        check("Spend per adult, NHS Digital ASC-FR table T16", "d", problems);
        assertThat(problems.stream().map(p -> p.substring(0, 1)).distinct()).containsExactly("a", "b", "c");
    }

    private static void walk(JsonNode node, String where, List<String> problems) {
        if (node.isTextual()) {
            check(node.asText(), where, problems);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), where + "/" + e.getKey(), problems));
        }
    }

    private static void check(String text, String where, List<String> problems) {
        FORBIDDEN.forEach((what, pattern) -> {
            var m = pattern.matcher(text);
            while (m.find()) {
                problems.add(where + " shows " + what + ": " + m.group());
            }
        });
    }
}
