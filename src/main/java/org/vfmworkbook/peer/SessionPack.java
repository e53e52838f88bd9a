package org.vfmworkbook.peer;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.pdf.Words;
import org.vfmworkbook.web.Table;

/**
 * The session pack, one model for its two outputs (the printable page and the PDF): the session as this person sees it
 * (anonymised when the session is, their own council named), every step with the region's measures and each council's
 * judgement, explanation, challenges and replies, then the notes and the agreed follow-ups. Councils are never in value
 * order.
 */
@TemplateData
public record SessionPack(
        SessionView session, List<SessionView.StepView> steps, String preparedOn, Map<String, Table> trends) {

    /** The pack's fixed wording, shared by the page and the PDF. */
    public static final Words WORDS = Words.load("templates/peer/session-pack.yaml");

    public String title() {
        return WORDS.get("packTitle", "title", session.title());
    }

    /** The running footer's words before the page numbers. */
    public String footer() {
        return session.regionName() + " – " + session.year();
    }

    public String councilsShown() {
        return WORDS.get(
                session.anonymised()
                        ? "councilsAnonymised"
                        : session.withheld() ? "councilsWithheld" : "councilsNamed");
    }

    /** The measure's table over the years for the session's councils, or null when it has one year. */
    public Table trendOf(String metricId) {
        return trends.get(metricId);
    }

    public String chartNote() {
        return WORDS.get("chartNote");
    }
}
