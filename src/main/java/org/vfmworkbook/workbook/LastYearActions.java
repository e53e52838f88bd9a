package org.vfmworkbook.workbook;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import io.quarkus.qute.TemplateData;

/**
 * What last year's workbook planned at a step, for the new year's step page: "Last year you planned X; the measure moved from A to
 * B." Last year's workbook is the one this workbook (or the earlier version it came from) was started from, when it is of another
 * year. The measure's latest value is this year's, when the action was carried forward and followed up since. The step page reads it
 * as {@code inject:lastYearActions.atStep(page.workbook, page.step.id)}.
 */
@ApplicationScoped
@Named("lastYearActions")
public class LastYearActions {

    /** One of last year's actions; {@code movement} ("moved from £515 to £490") null when the measure's values are not both known. */
    @TemplateData
    public record Planned(String what, String year, String status, String measure, String movement, boolean carried) {}

    /** Asks nothing of the database for a workbook that did not start from another (most of them). */
    @Transactional
    public List<Planned> atStep(WorkbookSummary summary, String stepId) {
        if (summary.previousVersionId() == null) {
            return List.of();
        }
        Workbook workbook = Workbook.findById(summary.id());
        Workbook lastYear = lastYear(workbook);
        if (lastYear == null) {
            return List.of();
        }
        Map<Long, PlannedAction> carried = PlannedAction.listFor(workbook, stepId).stream()
                .filter(a -> a.carriedFromActionId != null)
                .collect(Collectors.toMap(a -> a.carriedFromActionId, Function.identity(), (a, b) -> a));
        return PlannedAction.listFor(lastYear, stepId).stream()
                .map(before -> {
                    PlannedAction now = carried.get(before.id);
                    ActionView shown = ActionView.of(now == null ? before : now);
                    return new Planned(
                            before.what,
                            lastYear.dataYear,
                            shown.status().label().toLowerCase(java.util.Locale.UK),
                            shown.hasMeasure() ? shown.measure().name() : null,
                            shown.measureMovement(),
                            now != null);
                })
                .toList();
    }

    /** The nearest earlier workbook of another year this one descends from, or null. */
    static Workbook lastYear(Workbook workbook) {
        Workbook at = workbook;
        for (int hops = 0; at != null && at.previousVersionId != null && hops < 50; hops++) {
            Workbook previous = Workbook.findById(at.previousVersionId);
            if (previous != null && !Objects.equals(previous.dataYear, workbook.dataYear)) {
                return previous;
            }
            at = previous;
        }
        return null;
    }
}
