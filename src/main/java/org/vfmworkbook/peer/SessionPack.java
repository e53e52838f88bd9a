package org.vfmworkbook.peer;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The session pack, one model for its two outputs (the printable page and the PDF): the session as this person sees it
 * (anonymised when the session is, their own council named), every step with the region's measures and each council's
 * judgement, explanation, challenges and replies, then the notes and the agreed follow-ups. Councils are never in value
 * order.
 */
@TemplateData
public record SessionPack(SessionView session, List<SessionView.StepView> steps, String preparedOn) {

    public String title() {
        return "Peer-challenge session pack: " + session.title();
    }

    /** The running footer's words before the page numbers. */
    public String footer() {
        return session.regionName() + " – " + session.year();
    }

    public String councilsShown() {
        return session.anonymised()
                ? "Councils are shown as Council A, B, C…, with letters drawn for this session; only your own council is named."
                : session.withheld()
                        ? "Councils whose directors have not yet released their figures to you are shown as Council A, B, C…, with "
                                + "letters drawn for this session; the named councils follow in alphabetical order. Never ordered by value."
                        : "Councils are in alphabetical order, never ordered by value.";
    }

    public static final String CHART_NOTE =
            "The table is the chart's text alternative: every council's figure, the region's "
                    + "median and quartiles and England's median. Councils are never ordered by value.";

    public String chartNote() {
        return CHART_NOTE;
    }
}
