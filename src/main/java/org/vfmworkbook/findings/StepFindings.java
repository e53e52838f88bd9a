package org.vfmworkbook.findings;

import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.steps.Caveat;
import org.vfmworkbook.steps.StepDefinition;

/**
 * A step's data for one council and year: each comparison against the group shown, the narrative the step's rules
 * choose, the step's caveats and the notably different findings. {@code group} is the group asked for, or null when
 * each comparison shows its own first group.
 */
@TemplateData
public record StepFindings(
        StepDefinition step,
        String councilName,
        String year,
        ComparatorGroup group,
        List<ComparisonFinding> comparisons,
        List<String> narrative,
        List<Caveat> caveats,
        List<NotableFinding> notable) {

    public StepFindings {
        comparisons = List.copyOf(comparisons);
        narrative = List.copyOf(narrative);
        caveats = List.copyOf(caveats);
        notable = List.copyOf(notable);
    }

    public int stepNumber() {
        return step.number();
    }

    public String stepTitle() {
        return step.title();
    }

    public String stepQuestion() {
        return step.question();
    }

    /** The key comparisons, in file order. */
    public List<ComparisonFinding> keyComparisons() {
        return comparisons.stream().filter(ComparisonFinding::key).toList();
    }

    /** The first key comparison that is not a trend: the one chart a short report shows. */
    public Optional<ComparisonFinding> keyChart() {
        return comparisons.stream()
                .filter(c -> c.key() && !c.isTrend())
                .findFirst()
                .or(() -> comparisons.stream().filter(ComparisonFinding::key).findFirst());
    }
}
