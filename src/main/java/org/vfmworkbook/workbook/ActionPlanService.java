package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.RadioItem;

/** The action plan across all steps of a workbook: filtered by status and owner, with totals and the follow-ups to accept. */
@ApplicationScoped
public class ActionPlanService {

    private final StepCatalogue steps;
    private final WorkbookService workbooks;
    private final AgreedFollowUps followUps;

    ActionPlanService(StepCatalogue steps, WorkbookService workbooks, AgreedFollowUps followUps) {
        this.steps = steps;
        this.workbooks = workbooks;
        this.followUps = followUps;
    }

    /** {@code status} a status value ({@code on-track}…) and {@code owner} an owner as written; null or unknown for all. */
    @Transactional
    public ActionPlan plan(long workbookId, String status, String owner) {
        Workbook workbook = WorkbookService.find(workbookId);
        Map<String, StepDefinition> byId =
                steps.all().stream().collect(Collectors.toMap(StepDefinition::id, Function.identity()));
        List<ActionPlan.Row> all = PlannedAction.listFor(workbook).stream()
                .map(ActionView::of)
                .filter(a -> byId.containsKey(a.stepId()))
                .map(a -> {
                    StepDefinition step = byId.get(a.stepId());
                    return new ActionPlan.Row(
                            step.number(), step.title(), workbook.id == null ? null : stepHref(workbook, step), a);
                })
                .sorted(Comparator.comparingInt(ActionPlan.Row::stepNumber)
                        .thenComparing(r -> r.action().id()))
                .toList();
        String statusShown =
                ActionStatus.fromValue(status).map(ActionStatus::value).orElse(null);
        List<String> owners = all.stream()
                .map(r -> r.action().owner())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        String ownerShown = owner != null && owners.contains(owner) ? owner : null;
        List<ActionPlan.Row> shown = all.stream()
                .filter(r -> statusShown == null || r.action().status().value().equals(statusShown))
                .filter(r -> ownerShown == null || r.action().owner().equals(ownerShown))
                .toList();
        List<RadioItem> statusChoices = new ArrayList<>();
        statusChoices.add(new RadioItem("", "All statuses"));
        statusChoices.addAll(ActionStatus.items());
        List<RadioItem> ownerChoices = new ArrayList<>();
        ownerChoices.add(new RadioItem("", "All owners"));
        owners.forEach(o -> ownerChoices.add(new RadioItem(o, o)));
        Set<Long> accepted = PlannedAction.listFor(workbook).stream()
                .map(a -> a.peerFollowUpId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<AgreedFollowUps.Agreed> open = followUps.forWorkbook(workbookId).stream()
                .filter(f -> !accepted.contains(f.id()))
                .toList();
        List<RadioItem> stepChoices = new ArrayList<>();
        stepChoices.add(new RadioItem("", "Choose a step"));
        steps.all().forEach(s -> stepChoices.add(new RadioItem(s.id(), "Step " + s.number() + ": " + s.title())));
        return new ActionPlan(
                workbooks.summaryOf(workbook),
                shown,
                all.size(),
                totals(shown),
                statusShown,
                ownerShown,
                statusChoices,
                ownerChoices,
                open,
                stepChoices);
    }

    static ActionPlan.Totals totals(List<ActionPlan.Row> rows) {
        long saving = 0;
        long oneOff = 0;
        long annual = 0;
        for (ActionPlan.Row row : rows) {
            ActionView a = row.action();
            saving += a.expectedAnnualSavingGbp() == null ? 0 : a.expectedAnnualSavingGbp();
            if (a.fiscalReturn() != null) {
                oneOff += a.fiscalReturn().oneOffCostGbp();
                annual += a.fiscalReturn().annualCostGbp();
            }
        }
        return new ActionPlan.Totals(saving, oneOff, annual);
    }

    private static String stepHref(Workbook workbook, StepDefinition step) {
        return "/workbooks/" + workbook.id + "/steps/" + step.id();
    }
}
