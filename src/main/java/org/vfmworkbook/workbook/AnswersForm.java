package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.FormErrors;

/**
 * The step's answers form: field names and validation. Each answered question has a text field
 * {@code answer-<id>}; choices are {@code answer-<id>-choice}; evidence links {@code answer-<id>-link-<n>-title|url}.
 * A question whose text field is absent was not on the form and is left as saved.
 */
final class AnswersForm {

    static final int MAX_TEXT = 10_000;
    static final int MAX_LINKS = 20;
    static final String VERSION = "version";
    /** On the conflict page: {@code resolve-<id>=saved} keeps the saved answer, {@code yours} saves yours. */
    static final String RESOLVE = "resolve-";
    static final Set<String> YES_NO_PARTLY = Set.of("yes", "no", "partly");
    static final Set<String> RAG = java.util.Arrays.stream(org.vfmworkbook.steps.Rating.values())
            .map(org.vfmworkbook.steps.Rating::value).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);

    record Parsed(List<AnswerInput> inputs, FormErrors errors) {
    }

    private AnswersForm() {
    }

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
            if (text != null && text.length() > MAX_TEXT) {
                errors.add(text(q), "Your answer must be " + String.format("%,d", MAX_TEXT) + " characters or fewer");
            }
            String choice = form.text(choice(q));
            Set<String> allowed = q.type() == QuestionType.RAG ? RAG : q.type() == QuestionType.YES_NO_PARTLY ? YES_NO_PARTLY : Set.of();
            if (choice != null && !allowed.contains(choice)) {
                errors.add(choice(q), q.type() == QuestionType.RAG ? "Select red, amber or green" : "Select yes, no or partly");
                choice = null;
            }
            inputs.add(new AnswerInput(q.id(), text, choice, links(q, form, errors)));
        }
        return new Parsed(inputs, errors.errors);
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
                errors.add(linkUrl(q, n), "Enter the address of link " + n + " starting with http:// or https://, like https://www.example.org/report");
            }
            if (title != null && url != null) {
                links.add(new SavedAnswer.Link(title, url));
            }
        }
        return links;
    }
}
