package org.vfmworkbook.steps;

import java.util.List;

/** One of the thirteen steps, as read from {@code steps/NN-<id>.yaml}. */
public record StepDefinition(
        int number,
        String id,
        String title,
        String question,
        StepKind kind,
        String summary,
        String guidance,
        List<Comparison> comparisons,
        List<NarrativeRule> narrative,
        List<ChallengeQuestion> questions,
        List<String> caveats,
        boolean showAllCaveats,
        DataAudit dataAudit) {

    public StepDefinition {
        comparisons = Lists.orEmpty(comparisons);
        narrative = Lists.orEmpty(narrative);
        questions = Lists.orEmpty(questions);
        caveats = Lists.orEmpty(caveats);
    }

    /** Whether the step asks the council to audit its own data ({@code dataAudit:}). */
    public boolean hasDataAudit() {
        return dataAudit != null;
    }

    /** The file name this step must have: {@code 01-spend-per-head.yaml}. */
    public String expectedFileName() {
        return "%02d-%s.yaml".formatted(number, id);
    }
}
