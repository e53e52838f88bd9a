package org.vfmworkbook.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.web.Link;

/**
 * Everything the report needs from a council's workbook, independent of how the workbook is stored. The workbook's
 * adapter fills it; {@code steps} is keyed by step id, each step's {@code answers} by question id. Absent steps and
 * answers are reported as "Not yet answered".
 */
public record WorkbookContent(
        long workbookId,
        String councilCode,
        String councilName,
        String regionName,
        String dataYear,
        Status status,
        String signedOffBy,
        Instant signedOffAt,
        String directorSummary,
        List<String> customCodes,
        Map<String, StepContent> steps) {

    public enum Status {
        DRAFT,
        SIGNED_OFF
    }

    public WorkbookContent {
        customCodes = customCodes == null ? List.of() : List.copyOf(customCodes);
        steps = steps == null ? Map.of() : Map.copyOf(steps);
    }

    public boolean signedOff() {
        return status == Status.SIGNED_OFF;
    }

    /** A step's answers, actions and local figures; {@code status} as the workbook names it (e.g. IN_PROGRESS). */
    public record StepContent(
            String status,
            Map<String, AnswerContent> answers,
            List<ActionContent> actions,
            List<LocalFigureContent> localFigures) {
        public StepContent {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            actions = actions == null ? List.of() : List.copyOf(actions);
            localFigures = localFigures == null ? List.of() : List.copyOf(localFigures);
        }
    }

    /** An answer: prose {@code text}, a {@code choice} (yes/no/partly; red/amber/green) and evidence links. */
    public record AnswerContent(String text, String choice, List<Link> links) {
        public AnswerContent {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    /**
     * A SMART action with its owner, date and measure; {@code froi} (fiscal return on investment) and {@code theoryOfChange} may
     * be null.
     */
    public record ActionContent(
            String stepId,
            String what,
            String owner,
            LocalDate dueDate,
            String measureOfSuccess,
            Double expectedAnnualSavingGbp,
            FroiContent froi,
            TheoryContent theoryOfChange) {}

    /** An action's Theory of Change, stage by stage, each stage's boxes in order. */
    public record TheoryContent(
            List<BoxContent> now,
            List<BoxContent> activities,
            List<BoxContent> milestones,
            List<BoxContent> outcomes,
            List<BoxContent> goal) {}

    /** One box: what it says, its date (milestones only, else null), the evidence and the measure that will show it. */
    public record BoxContent(String text, LocalDate date, String evidence, String measure) {}

    /**
     * Fiscal return on investment: benefits (costs avoided) against the cost of the intervention, in £. {@code summary}
     * is the return in sentences (payback, pilot and whole service, doing nothing) where the source words it.
     */
    public record FroiContent(
            Double oneOffCost,
            Double annualCost,
            Double annualCostsAvoided,
            Integer years,
            Double netBenefit,
            Double returnPerPound,
            Double paybackYears,
            String summary) {}

    /** A figure the council holds locally for a metric, with its source and date. */
    public record LocalFigureContent(String metricId, Double value, String source, LocalDate asAt) {}
}
