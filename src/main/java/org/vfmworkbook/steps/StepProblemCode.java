package org.vfmworkbook.steps;

/** Everything that can be wrong with the step files, each with a message saying how to put it right. */
public enum StepProblemCode {
    // Structure: the YAML does not read into the typed tree
    UNREADABLE_FILE("The file could not be read: %s."),
    MALFORMED_YAML("The file is not valid YAML: %s. Check indentation, quoting and duplicate keys."),
    UNKNOWN_PROPERTY("Unknown key %s. Check its spelling against docs/steps-format.md."),
    BAD_VALUE("Value not allowed here: %s."),
    MALFORMED_CONDITION("Condition not understood: %s."),
    MISSING_FIELD("Required field %s is missing or empty."),

    // Meaning: one file
    BAD_ID("Id %s is not kebab-case (lower-case letters, digits and single hyphens, e.g. spend-per-head)."),
    DUPLICATE_ID("Id %s is used more than once here; ids must be unique (answers are stored against them)."),
    STEP_NUMBER_OUT_OF_RANGE("Step number %s is outside 1 to 13."),
    FILE_NAME_MISMATCH("The file should be named %s (NN-<step id>.yaml)."),
    UNKNOWN_METRIC("No metric %s in steps/metrics.yaml; use an id from the catalogue or add the metric there."),
    METRIC_NOT_COMPUTABLE("Metric %s is marked computable: false in steps/metrics.yaml, so it cannot be charted;"
            + " say in the guidance that the data is missing and ask a question instead."),
    SCATTER_NOT_NEED_MODEL("A scatter chart needs a metric of kind need-model; %s is not one. Use bar or trend."),
    NO_COMPARATOR_GROUP("Comparison %s has no groups; list at least one of england, region, neighbours, custom."),
    DATA_LED_WITHOUT_COMPARISON("A data-led step needs at least one comparison; or make it council-led."),
    NO_KEY_COMPARISON("A data-led step needs at least one comparison with key: true."),
    INVALID_METRIC("The metric catalogue is not valid: %s."),
    UNKNOWN_CAVEAT("No caveat %s in steps/caveats.yaml; add it there or fix the id."),
    MISSING_METRIC_CAVEAT("The step does not list caveat %s, which applies to a metric it shows; add it to caveats."),
    UNKNOWN_PLACEHOLDER("Unknown placeholder %s; allowed: " + Placeholder.listed() + "."),
    UNKNOWN_COMPARISON_REFERENCE("The condition refers to comparison %s, which this step does not define."),
    GROUP_NOT_COMPARED("The condition tests group %s, which that comparison does not show; add it to its groups."),
    NO_CHALLENGE_QUESTION("The step has no challenge question (type long-text or yes-no-partly)."),
    NO_JUDGEMENT_QUESTION("The step has no judgement question (type rag)."),
    NO_EVIDENCE_QUESTION("The step has no evidence question (type evidence)."),
    NO_ACTIONS_QUESTION("The step has no actions question (type actions)."),
    MISSING_MEANING(
            "The judgement question does not say what %s means for this step; give meanings for red, amber and green."),
    EMPTY_DATA_AUDIT("The data audit lists no practices and no definitions; list at least one, or remove dataAudit."),
    MEANINGS_ON_OTHER_QUESTION(
            "Only the judgement question (type rag) has meanings; remove them from this %s question."),

    // Meaning: across files
    DUPLICATE_STEP_NUMBER("Step number %s is used by more than one file."),
    DUPLICATE_STEP_ID("Step id %s is used by more than one file."),
    MISSING_STEP_NUMBER("No file defines step %s; there must be one file for each step 1 to 13.");

    private final String template;

    StepProblemCode(String template) {
        this.template = template;
    }

    public String message(String detail) {
        return template.formatted(detail == null ? "" : detail);
    }
}
