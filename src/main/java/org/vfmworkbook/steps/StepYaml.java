package org.vfmworkbook.steps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.vfmworkbook.metrics.StrictYaml;

/**
 * Reads step and caveat files with {@link StrictYaml} (the metric catalogue's reader too): Jackson failures become {@link StepProblem}s with a path.
 */
final class StepYaml {

    private static final ObjectMapper STRICT = StrictYaml.MAPPER;

    private StepYaml() {}

    /** A file read into a value, or the problems that stopped it. */
    record Parsed<T>(T value, List<StepProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    static <T> Parsed<T> read(Path file, Class<T> type) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            T value = STRICT.readValue(in, type);
            if (value == null) {
                return failed(name, "", StepProblemCode.MALFORMED_YAML, "the file is empty");
            }
            return new Parsed<>(value, List.of());
        } catch (UnrecognizedPropertyException e) {
            return failed(name, path(e), StepProblemCode.UNKNOWN_PROPERTY, e.getPropertyName());
        } catch (ConditionDeserializer.MalformedConditionException e) {
            return failed(name, path(e), StepProblemCode.MALFORMED_CONDITION, e.getOriginalMessage());
        } catch (InvalidFormatException e) {
            return failed(
                    name,
                    path(e),
                    StepProblemCode.BAD_VALUE,
                    "'" + e.getValue() + "' is not one of " + allowed(e.getTargetType()));
        } catch (JsonMappingException e) {
            String message = firstLine(e.getOriginalMessage());
            if (message.startsWith("Cannot map `null` into type")) {
                // absent or empty: FAIL_ON_NULL_FOR_PRIMITIVES makes every number and flag required
                return failed(name, path(e), StepProblemCode.MISSING_FIELD, path(e));
            }
            return failed(name, path(e), StepProblemCode.BAD_VALUE, message);
        } catch (JacksonException e) {
            return failed(
                    name,
                    "",
                    StepProblemCode.MALFORMED_YAML,
                    firstLine(e.getOriginalMessage())
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            return failed(name, "", StepProblemCode.UNREADABLE_FILE, describe(e));
        }
    }

    static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "there is no file " + e.getMessage() : e.getMessage();
    }

    private static <T> Parsed<T> failed(String file, String path, StepProblemCode code, String detail) {
        return new Parsed<>(null, List.of(new StepProblem(file, path, code, detail)));
    }

    static String path(JsonMappingException e) {
        return StrictYaml.path(e);
    }

    private static String allowed(Class<?> type) {
        if (type == null || !type.isEnum()) return "the allowed values";
        return STRICT.convertValue(type.getEnumConstants(), List.class).toString();
    }

    private static String firstLine(String message) {
        return StrictYaml.firstLine(message);
    }
}
