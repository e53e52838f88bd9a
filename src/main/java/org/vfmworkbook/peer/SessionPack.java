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

    /**
     * Every council's judgement at every step, councils in the pack's order (never by value), steps in order: the session at
     * a glance, from the same positions the steps show.
     */
    public JudgementGrid grid() {
        List<String> councils = steps.stream()
                .flatMap(s -> s.positions().stream())
                .map(SessionView.CouncilPosition::label)
                .distinct()
                .toList();
        List<JudgementGrid.Row> rows = councils.stream()
                .map(label -> new JudgementGrid.Row(
                        label,
                        steps.stream()
                                .map(s -> s.positions().stream()
                                        .filter(p -> p.label().equals(label))
                                        .map(p -> JudgementGrid.cell(p.judgement()))
                                        .findFirst()
                                        .orElse(JudgementGrid.NOT_ANSWERED))
                                .toList()))
                .toList();
        return new JudgementGrid(
                steps.stream().map(s -> String.valueOf(s.number())).toList(), rows);
    }

    /** The councils × steps judgement grid. */
    @TemplateData
    public record JudgementGrid(List<String> stepNumbers, List<Row> rows) {

        static final String NOT_ANSWERED = "\u2013";

        /** One council's judgements, step by step ("Green", "Amber", "Red", or a dash for none yet). */
        @TemplateData
        public record Row(String council, List<String> judgements) {}

        static String cell(String judgement) {
            return org.vfmworkbook.steps.Rating.fromValue(judgement)
                    .map(org.vfmworkbook.steps.Rating::label)
                    .orElse(NOT_ANSWERED);
        }

        public String caption() {
            return WORDS.get("gridCaption");
        }

        public String councilHeader() {
            return WORDS.get("gridCouncil");
        }

        public String heading() {
            return WORDS.get("gridHeading");
        }
    }
}
