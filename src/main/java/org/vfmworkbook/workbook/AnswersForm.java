package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.FormLimits;

/**
 * The step's answers form: field names and validation. Each answered question has a text field
 * {@code answer-<id>}; choices are {@code answer-<id>-choice}; evidence links {@code answer-<id>-link-<n>-title|url}; what the form
 * showed, {@code answer-<id>-version} and {@code answer-<id>-shown} ({@link AnswerBasis}). The step's {@code version} is still carried,
 * for posts without the per-answer fields. A question whose text field is absent was not on the form and is left as saved.
 */
final class AnswersForm {

    /** Characters (code points), after line endings are counted as one. */
    static final int MAX_TEXT = FormLimits.ANSWER_CHARACTERS;
    /** A link is up to 2,300 characters; twenty keep an answer's form, its page and its report entry to a readable length. */
    static final int MAX_LINKS = 20;

    static final String VERSION = "version";
    /** On the conflict page: {@code resolve-<id>=saved} keeps the saved answer, {@code yours} saves yours. */
    static final String RESOLVE = "resolve-";

    static final Set<String> YES_NO_PARTLY = Set.of("yes", "no", "partly");
    static final Set<String> RAG = java.util.Arrays.stream(org.vfmworkbook.steps.Rating.values())
            .map(org.vfmworkbook.steps.Rating::value)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_FIELD = Pattern.compile("^answer-(.+)-link-(\\d{1,9})-(title|url)$");

    record Parsed(List<AnswerInput> inputs, FormErrors errors) {}

    private AnswersForm() {}

    static String text(ChallengeQuestion q) {
        return "answer-" + q.id();
    }

    static String choice(ChallengeQuestion q) {
        return "answer-" + q.id() + "-choice";
    }

    static String linkTitle(ChallengeQuestion q, int n) {
        return "answer-" + q.id() + "-link-" + n + "-title";
    }

    static String linkUrl(ChallengeQuestion q, int n) {
        return "answer-" + q.id() + "-link-" + n + "-url";
    }

    static String answerVersion(String questionId) {
        return "answer-" + questionId + "-version";
    }

    static String answerShown(String questionId) {
        return "answer-" + questionId + "-shown";
    }

    static boolean answerable(ChallengeQuestion q) {
        return q.type() != QuestionType.ACTIONS;
    }

    static Parsed parse(StepDefinition step, FormValues form) {
        FormNumbers.Errors errors = new FormNumbers.Errors();
        List<AnswerInput> inputs = new ArrayList<>();
        for (ChallengeQuestion q : step.questions()) {
            if (!answerable(q) || !form.has(text(q)) || "saved".equals(form.get(RESOLVE + q.id()))) {
                continue;
            }
            String text = form.get(text(q));
            if (FormLimits.characters(AnswerInput.clean(text)) > MAX_TEXT) {
                errors.add(text(q), "Your answer must be " + FormLimits.number(MAX_TEXT) + " characters or fewer");
            }
            String choice = form.text(choice(q));
            Set<String> allowed = q.type() == QuestionType.RAG
                    ? RAG
                    : q.type() == QuestionType.YES_NO_PARTLY ? YES_NO_PARTLY : Set.of();
            if (choice != null && !allowed.contains(choice)) {
                errors.add(
                        choice(q),
                        q.type() == QuestionType.RAG ? "Select red, amber or green" : "Select yes, no or partly");
                choice = null;
            }
            AnswerBasis basis = AnswerBasis.parse(form.get(answerVersion(q.id())), form.get(answerShown(q.id())));
            inputs.add(new AnswerInput(q.id(), text, choice, links(q, form, errors), basis));
        }
        return new Parsed(inputs, errors.errors);
    }

    /** The form had link {@code n}'s fields, filled or not. */
    static boolean linkPosted(ChallengeQuestion q, FormValues form, int n) {
        return form.has(linkTitle(q, n)) || form.has(linkUrl(q, n));
    }

    /** The highest link number the form posted for the question with anything in it (0 when none; one past the most allowed at most). */
    static int lastLinkPosted(ChallengeQuestion q, FormValues form) {
        int last = 0;
        for (Map.Entry<String, String> field : form.values().entrySet()) {
            Matcher link = LINK_FIELD.matcher(field.getKey());
            if (link.matches()
                    && link.group(1).equals(q.id())
                    && field.getValue() != null
                    && !field.getValue().isBlank()) {
                last = Math.max(last, Integer.parseInt(link.group(2)));
            }
        }
        return Math.min(last, MAX_LINKS + 1);
    }

    private static List<SavedAnswer.Link> links(ChallengeQuestion q, FormValues form, FormNumbers.Errors errors) {
        List<SavedAnswer.Link> links = new ArrayList<>();
        if (q.type() != QuestionType.EVIDENCE) {
            return links;
        }
        for (int n = 1; n <= MAX_LINKS; n++) {
            String title = form.text(linkTitle(q, n));
            String url = form.text(linkUrl(q, n));
            if (title == null && url == null) {
                continue;
            }
            if (title == null) {
                errors.add(linkTitle(q, n), "Enter a title for link " + n);
            } else if (title.length() > 300) {
                errors.add(linkTitle(q, n), "The title of link " + n + " must be 300 characters or fewer");
            }
            if (url == null) {
                errors.add(linkUrl(q, n), "Enter the address of link " + n);
            } else if (!URL.matcher(url).matches() || url.length() > 2000) {
                errors.add(
                        linkUrl(q, n),
                        "Enter the address of link " + n
                                + " starting with http:// or https://, like https://www.example.org/report");
            }
            if (title != null && url != null) {
                links.add(new SavedAnswer.Link(title, url));
            }
        }
        int last = lastLinkPosted(q, form);
        if (last > MAX_LINKS) {
            errors.add(
                    linkTitle(q, last),
                    "An answer can have up to " + MAX_LINKS + " links: remove one before you add link " + last);
        }
        return links;
    }

    /**
     * The question's hidden basis fields on the step page: on a re-render, the ones the user's form carried (none when it carried none),
     * so that what was saved in the meantime is still detected; else the saved answer's.
     */
    static List<Map.Entry<String, String>> basisFieldsShown(
            ChallengeQuestion q, SavedAnswer saved, FormValues submitted) {
        if (submitted.has(text(q))) {
            return !submitted.has(answerVersion(q.id()))
                    ? List.of()
                    : List.of(
                            Map.entry(answerVersion(q.id()), submitted.get(answerVersion(q.id()))),
                            Map.entry(answerShown(q.id()), String.valueOf(submitted.get(answerShown(q.id())))));
        }
        AnswerBasis basis = AnswerBasis.of(saved);
        return List.of(
                Map.entry(answerVersion(q.id()), basis.versionValue()), Map.entry(answerShown(q.id()), basis.shown()));
    }

    /** The step's version on the step page: on a re-render the one the user's form carried, else the saved one. */
    static String stepVersionShown(FormValues submitted, StepState state) {
        return submitted.has(VERSION) ? submitted.get(VERSION) : String.valueOf(state.version());
    }

    /** The hidden fields that tell a save what the form showed: the step's version and each answer's basis. */
    static Map<String, String> basisFields(StepDefinition step, long stepVersion, Map<String, AnswerBasis> answers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(VERSION, String.valueOf(stepVersion));
        step.questions().stream().filter(AnswersForm::answerable).forEach(q -> {
            AnswerBasis basis = answers.getOrDefault(q.id(), AnswerBasis.of(null));
            fields.put(answerVersion(q.id()), basis.versionValue());
            fields.put(answerShown(q.id()), basis.shown());
        });
        return fields;
    }

    /**
     * What the conflict page carries forward as hidden fields: everything submitted, except that each conflicting answer is now based on
     * the saved answer the page shows (so choosing "yours" saves over it, unless someone saves it yet again).
     */
    static List<Map.Entry<String, String>> carriedPast(FormValues form, SaveOutcome.Conflict conflict) {
        Map<String, String> carried = new LinkedHashMap<>();
        form.allExcept(VERSION, RESOLVE).forEach(field -> carried.put(field.getKey(), field.getValue()));
        for (SaveOutcome.ConflictingAnswer answer : conflict.answers()) {
            AnswerBasis now = AnswerBasis.of(answer.saved());
            carried.put(answerVersion(answer.questionId()), now.versionValue());
            carried.put(answerShown(answer.questionId()), now.shown());
        }
        return new ArrayList<>(carried.entrySet());
    }
}
