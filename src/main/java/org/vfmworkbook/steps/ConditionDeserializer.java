package org.vfmworkbook.steps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import org.vfmworkbook.metrics.ComparatorGroup;

/**
 * Reads a condition map strictly (unknown keys fail with their path, as everywhere else in a step file), then
 * checks it has exactly one shape.
 */
final class ConditionDeserializer extends StdDeserializer<Condition> {

    ConditionDeserializer() {
        super(Condition.class);
    }

    /** Every key a condition may have; which ones are present decides its kind. */
    record Shape(
            Boolean always,
            String comparison,
            ComparatorGroup group,
            @JsonProperty("is") ComparisonOutcome is,
            List<Condition> all,
            List<Condition> any,
            Condition not) {}

    @Override
    public Condition deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Shape shape = context.readValue(parser, Shape.class);
        List<String> kinds = new ArrayList<>();
        if (shape.always() != null) kinds.add("always");
        if (shape.comparison() != null || shape.group() != null || shape.is() != null) kinds.add("comparison");
        if (shape.all() != null) kinds.add("all");
        if (shape.any() != null) kinds.add("any");
        if (shape.not() != null) kinds.add("not");
        if (kinds.size() != 1) {
            throw new MalformedConditionException(
                    parser,
                    kinds.isEmpty()
                            ? "a condition needs one of always, comparison (with group and is), all, any or not"
                            : "a condition has one kind, but this one mixes " + String.join(", ", kinds));
        }
        return switch (kinds.get(0)) {
            case "always" -> {
                if (!shape.always()) throw new MalformedConditionException(parser, "always must be true");
                yield new Condition.Always();
            }
            case "comparison" -> {
                if (shape.comparison() == null || shape.group() == null || shape.is() == null) {
                    throw new MalformedConditionException(
                            parser, "a comparison condition needs comparison, group and is");
                }
                yield new Condition.ComparisonIs(shape.comparison(), shape.group(), shape.is());
            }
            case "all" -> new Condition.All(nonEmpty(parser, "all", shape.all()));
            case "any" -> new Condition.Any(nonEmpty(parser, "any", shape.any()));
            default -> new Condition.Not(shape.not());
        };
    }

    private static List<Condition> nonEmpty(JsonParser parser, String key, List<Condition> conditions)
            throws MalformedConditionException {
        if (conditions.isEmpty() || conditions.contains(null)) {
            throw new MalformedConditionException(parser, key + " needs a list of one or more conditions");
        }
        return conditions;
    }

    /** A condition whose keys do not make exactly one kind. */
    static final class MalformedConditionException extends JsonMappingException {
        MalformedConditionException(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
