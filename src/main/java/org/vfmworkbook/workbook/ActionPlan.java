package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.RadioItem;

/**
 * The action plan across all steps of a workbook, as filtered ({@code status} and {@code owner} null for all): the actions in step
 * order, the totals of the shown actions, the choices of the filters, and the peer-challenge follow-ups not yet in the plan.
 */
@TemplateData
public record ActionPlan(
        WorkbookSummary workbook,
        List<Row> rows,
        int allActions,
        Totals totals,
        String status,
        String owner,
        List<RadioItem> statusChoices,
        List<RadioItem> ownerChoices,
        List<AgreedFollowUps.Agreed> followUps,
        List<RadioItem> stepChoices) {

    /** One action with its step. */
    @TemplateData
    public record Row(int stepNumber, String stepTitle, String stepHref, ActionView action) {}

    /**
     * Totals in whole pounds: the expected annual savings (a cost entered as a negative saving lowers it), and the one-off and annual
     * running costs of the fiscal returns.
     */
    @TemplateData
    public record Totals(long expectedAnnualSavingGbp, long oneOffCostGbp, long annualCostGbp) {}

    public boolean filtered() {
        return status != null || owner != null;
    }

    public String href() {
        return workbook.href() + "/action-plan";
    }

    /** The CSV of the actions as filtered here. */
    /** The action's Theory of Change page. */
    public String theoryHref(ActionView action) {
        return TheoryOfChangePage.href(workbook.id(), action.id());
    }

    /** The actions shown that carry a Theory of Change, for the summaries under the table. */
    public List<Row> withTheories() {
        return rows.stream().filter(r -> r.action().hasTheoryOfChange()).toList();
    }

    public String csvHref() {
        return href() + "/actions.csv" + query();
    }

    public String acceptHref(AgreedFollowUps.Agreed followUp) {
        return href() + "/follow-ups/" + followUp.id();
    }

    private String query() {
        StringBuilder q = new StringBuilder();
        if (status != null) {
            q.append("?status=").append(status);
        }
        if (owner != null) {
            q.append(q.isEmpty() ? "?" : "&")
                    .append("owner=")
                    .append(java.net.URLEncoder.encode(owner, java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
