package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

import org.vfmworkbook.steps.Caveat;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.Link;
import org.vfmworkbook.web.SummaryRow;

/**
 * Everything the step page shows: built by {@link StepPageBuilder}, rendered by {@code WorkbookPages/step.html}. {@code answersVersion}
 * is the step version the answers form carries (the user's own on a re-render); {@code dataAudit} is null for a step without one.
 */
@TemplateData
public record StepPage(
        WorkbookSummary workbook,
        StepDefinition step,
        StepState state,
        RawString guidance,
        List<QuestionView> questions,
        DataSection data,
        List<Caveat> caveats,
        ChallengeQuestion actionsQuestion,
        FormValues actionForm,
        boolean actionFormOpen,
        FormErrors errors,
        Link previous,
        Link next,
        boolean editable,
        List<SummaryRow> answerRows,
        String answersVersion,
        DataAuditView dataAudit) {

    public String href() {
        return workbook.href() + "/steps/" + step.id();
    }

    public String actionHref(ActionView action) {
        return href() + "/actions/" + action.id();
    }

    /** The action's Theory of Change page: {@code /workbooks/{id}/actions/{actionId}/theory-of-change}. */
    public String theoryOfChangeHref(ActionView action) {
        return TheoryOfChangePage.href(workbook.id(), action.id());
    }

    /** Whether this step asks for a Theory of Change with each action (its actions question says so). */
    public boolean asksForTheoryOfChange() {
        return actionsQuestion != null && actionsQuestion.asksForTheoryOfChange();
    }

    public String actionNotesHref(ActionView action) {
        return actionHref(action) + "/notes";
    }

    public String removeActionHref(ActionView action) {
        return actionHref(action) + "/remove";
    }

    public String addActionHref() {
        return href() + "/actions";
    }

    public String actionsAnchor() {
        return href() + "#actions";
    }

    public String checkAnswersHref() {
        return href() + "/check-answers";
    }

    public String localFiguresHref() {
        return href() + "/local-figures";
    }

    public String removeFigureHref(ComparisonView comparison) {
        return localFiguresHref() + "/" + comparison.id() + "/remove";
    }

    public String title() {
        return "Step " + step.number() + ": " + step.title();
    }

    /** Why the forms are not shown: the workbook is signed off, or this person may read it but not change it. */
    public String readOnlyHeading() {
        return workbook.signedOff() ? workbook.statusText() : "You can read this workbook but not change it";
    }

    public String readOnlyText() {
        return workbook.signedOff()
                ? "This workbook is signed off, so its answers, actions and local figures can no longer be changed."
                : "Only your council's editors can change its answers, actions and local figures.";
    }

    public boolean hasActionsQuestion() {
        return actionsQuestion != null;
    }
}
