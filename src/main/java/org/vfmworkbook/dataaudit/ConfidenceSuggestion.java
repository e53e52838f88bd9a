package org.vfmworkbook.dataaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vfmworkbook.pdf.Words;
import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.steps.Rating;

/**
 * The confidence a step's data audit suggests for the step's judgement, from the counts of its answers (docs/methodology.md, "Step
 * 13: the confidence the data audit suggests"). Only the items the step defines are counted.
 *
 * <ul>
 *   <li><b>Red</b>: two or more definitions do not match NHS Digital's, or at least half of the practices are not in place;
 *   <li><b>Amber</b>: otherwise, any definition that does not match or is unsure, or any practice not or only partly in place;
 *   <li><b>Green</b>: every practice in place and every definition matching, all of them answered;
 *   <li>no suggestion while nothing is answered, or while what is answered is sound but some items are not yet answered.
 * </ul>
 *
 * The suggestion is advice beside the judgement: the council still chooses its rating.
 */
public record ConfidenceSuggestion(
        int practices,
        int inPlace,
        int partly,
        int notInPlace,
        int definitions,
        int matching,
        int differing,
        int unsure,
        Rating rating) {

    /** The wording of the suggestion and of the report's line, in {@code templates/dataaudit/wording.yaml}. */
    public static final Words WORDS = Words.load("templates/dataaudit/wording.yaml");

    public static ConfidenceSuggestion of(DataAudit audit, AuditAnswers answers) {
        int inPlace = 0, partly = 0, notInPlace = 0, matching = 0, differing = 0, unsure = 0;
        for (DataAudit.Practice practice : audit.practices()) {
            AuditAnswers.PracticeAnswer answer = answers.practices().get(practice.id());
            if (answer == null || answer.status() == null) continue;
            switch (answer.status()) {
                case IN_PLACE -> inPlace++;
                case PARTLY -> partly++;
                case NOT_IN_PLACE -> notInPlace++;
            }
        }
        for (DataAudit.Definition definition : audit.definitions()) {
            AuditAnswers.DefinitionAnswer answer = answers.definitions().get(definition.id());
            if (answer == null || answer.match() == null) continue;
            switch (answer.match()) {
                case YES -> matching++;
                case NO -> differing++;
                case UNSURE -> unsure++;
            }
        }
        int practices = audit.practices().size();
        int definitions = audit.definitions().size();
        Rating rating;
        if (differing >= 2 || (practices > 0 && notInPlace * 2 >= practices)) {
            rating = Rating.RED;
        } else if (differing + unsure + notInPlace + partly > 0) {
            rating = Rating.AMBER;
        } else if (practices > 0 || definitions > 0) {
            rating = inPlace == practices && matching == definitions ? Rating.GREEN : null;
        } else {
            rating = null;
        }
        return new ConfidenceSuggestion(
                practices, inPlace, partly, notInPlace, definitions, matching, differing, unsure, rating);
    }

    public Optional<Rating> suggested() {
        return Optional.ofNullable(rating);
    }

    public int practicesUnanswered() {
        return practices - inPlace - partly - notInPlace;
    }

    public int definitionsUnchecked() {
        return definitions - matching - differing - unsure;
    }

    /** Whether anything is answered yet. */
    public boolean started() {
        return practicesUnanswered() < practices || definitionsUnchecked() < definitions;
    }

    /** "3 definitions unsure, 2 practices not yet in place: consider Amber." */
    public String sentence() {
        if (!started()) {
            return WORDS.get("notStarted");
        }
        if (rating == Rating.GREEN) {
            return WORDS.get(
                    "allSound", "practices", String.valueOf(practices), "definitions", String.valueOf(definitions));
        }
        List<String> parts = new ArrayList<>();
        count(parts, differing, "differing");
        count(parts, unsure, "unsure");
        count(parts, notInPlace, "notInPlace");
        count(parts, partly, "partly");
        count(parts, practicesUnanswered(), "unassessed");
        count(parts, definitionsUnchecked(), "unchecked");
        String joined = String.join(", ", parts);
        joined = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
        return rating == null
                ? WORDS.get("incomplete", "parts", joined)
                : WORDS.get("consider", "parts", joined, "rating", rating.label());
    }

    /** "4 of 6 data practices in place; 3 of 5 definitions match NHS Digital's." */
    public String counts() {
        return WORDS.get(
                "counts",
                "inPlace",
                String.valueOf(inPlace),
                "practices",
                String.valueOf(practices),
                "matching",
                String.valueOf(matching),
                "definitions",
                String.valueOf(definitions));
    }

    /** The counts and the rating suggested, for a reader of the report: "4 of 6 …; 3 of 5 …. The audit suggests Amber." */
    public String summary() {
        return counts() + " "
                + (rating == null ? WORDS.get("auditIncomplete") : WORDS.get("suggests", "rating", rating.label()));
    }

    private static void count(List<String> parts, int n, String key) {
        if (n == 1) {
            parts.add(WORDS.get(key + "One"));
        } else if (n > 1) {
            parts.add(WORDS.get(key + "Many", "n", String.valueOf(n)));
        }
    }
}
