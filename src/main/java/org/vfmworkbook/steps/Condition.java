package org.vfmworkbook.steps;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import org.vfmworkbook.metrics.ComparatorGroup;

/**
 * When a narrative rule applies: a structured rule, never a string expression, so every reference can be
 * checked before release. In YAML each kind is a map with one distinguishing key:
 * {@code {always: true}}, {@code {comparison: id, group: neighbours, is: above-upper-quartile}},
 * {@code {all: [...]}}, {@code {any: [...]}}, {@code {not: {...}}}. Serialised to JSON in the same shape.
 */
@JsonDeserialize(using = ConditionDeserializer.class)
public sealed interface Condition {

    /** Holds for every council. */
    record Always() implements Condition {
        @JsonProperty("always")
        public boolean always() {
            return true;
        }
    }

    /** Holds when the council's value for a comparison sits where {@code is} says within {@code group}. */
    record ComparisonIs(String comparison, ComparatorGroup group, ComparisonOutcome is) implements Condition {}

    /** Holds when every condition holds. */
    record All(List<Condition> all) implements Condition {
        public All {
            all = Lists.orEmpty(all);
        }
    }

    /** Holds when at least one condition holds. */
    record Any(List<Condition> any) implements Condition {
        public Any {
            any = Lists.orEmpty(any);
        }
    }

    /** Holds when the condition does not. */
    record Not(Condition not) implements Condition {}
}
