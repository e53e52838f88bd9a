package org.vfmworkbook.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vfmworkbook.findings.NotableFinding;
import org.vfmworkbook.findings.StepFindings;
import org.vfmworkbook.steps.StepDefinition;

/**
 * The report's executive summary: the director's own summary and "where the figures stand out", the measures outside the
 * middle half of a comparator group shown at the steps the layout has, once each, all of them or (where the layout keeps
 * to its pages) those that stand out most, with the rest counted.
 */
final class ExecutiveSummaries {

    private ExecutiveSummaries() {}

    static Report.ExecutiveSummary of(
            List<StepFindings> all,
            ReportLayout layout,
            String directorSummary,
            Function<StepDefinition, ReportLayout.StepForm> form) {
        List<StepFindings> shown = all.stream()
                .filter(s -> form.apply(s.step()) != ReportLayout.StepForm.NONE)
                .toList();
        List<NotableFinding> notable = notable(shown, layout.notableLimit());
        long standingOut = shown.stream()
                .flatMap(s -> s.notable().stream())
                .map(NotableFinding::metricId)
                .distinct()
                .count();
        int more = (int) standingOut - notable.size();
        return new Report.ExecutiveSummary(
                directorSummary,
                Wording.get(layout.notableLimit() == 0 ? "notableIntro" : "notableIntroMost"),
                notable,
                more == 0
                        ? null
                        : more == 1
                                ? Wording.get("notableMoreOne")
                                : Wording.get("notableMore").replace("{n}", String.valueOf(more)));
    }

    /**
     * The measures that stand out, once each (at the first step that shows it), in step order; where {@code limit} is not
     * 0 and fewer are listed, those that differ markedly from the most groups and then stand out from the most groups are
     * kept.
     */
    static List<NotableFinding> notable(List<StepFindings> shown, int limit) {
        Set<String> seen = new HashSet<>();
        List<NotableFinding> once = shown.stream()
                .flatMap(s -> s.notable().stream())
                .filter(n -> seen.add(n.metricId()))
                .toList();
        if (limit == 0 || once.size() <= limit) {
            return once;
        }
        Set<NotableFinding> kept = once.stream()
                .sorted(Comparator.comparingInt(NotableFinding::markedGroups)
                        .thenComparingInt(n -> n.groups().size())
                        .reversed())
                .limit(limit)
                .collect(Collectors.toSet());
        return once.stream().filter(kept::contains).toList();
    }
}
