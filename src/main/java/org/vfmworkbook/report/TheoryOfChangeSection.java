package org.vfmworkbook.report;

import java.util.List;
import java.util.stream.Stream;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.report.WorkbookContent.ActionContent;
import org.vfmworkbook.report.WorkbookContent.BoxContent;
import org.vfmworkbook.report.WorkbookContent.TheoryContent;
import org.vfmworkbook.web.Fmt;

/**
 * An action's Theory of Change as the report shows it: a list on the web page, a one-page diagram in the PDF, both from these
 * stages (where we are now, activities, milestones, outcomes, where we want to be; a stage with no box is left out). Every text is
 * final: headings from the report's wording, dates written out.
 */
@TemplateData
public record TheoryOfChangeSection(String anchor, String heading, String action, List<Stage> stages) {

    /** A stage: its heading and its boxes in order. */
    @TemplateData
    public record Stage(String heading, List<Box> boxes) {}

    /** One box; {@code date} is null except for a milestone. */
    @TemplateData
    public record Box(String text, String date, String evidence, String measure) {}

    /** The action's Theory of Change at step {@code stepNumber}, or null when it has none. */
    static TheoryOfChangeSection of(int stepNumber, ActionContent action) {
        TheoryContent theory = action.theoryOfChange();
        if (theory == null) {
            return null;
        }
        List<Stage> stages = Stream.of(
                        stage("tocNow", theory.now()),
                        stage("tocActivities", theory.activities()),
                        stage("tocMilestones", theory.milestones()),
                        stage("tocOutcomes", theory.outcomes()),
                        stage("tocGoal", theory.goal()))
                .filter(s -> !s.boxes().isEmpty())
                .toList();
        String heading = Wording.get("theoryOfChangeFor").replace("{step}", String.valueOf(stepNumber));
        String anchor =
                "theory-" + stepNumber + "-" + Integer.toHexString(action.what().hashCode());
        return new TheoryOfChangeSection(anchor, heading, action.what(), stages);
    }

    private static Stage stage(String headingKey, List<BoxContent> boxes) {
        return new Stage(
                Wording.get(headingKey),
                boxes == null
                        ? List.of()
                        : boxes.stream()
                                .map(b -> new Box(
                                        b.text(),
                                        b.date() == null ? null : Fmt.date(b.date()),
                                        b.evidence(),
                                        b.measure()))
                                .toList());
    }
}
