package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.steps.StepCatalogue;

/**
 * Saves a step's answers. Each answer has its own version, and the form says which version of each it showed ({@link AnswerBasis}): an
 * answer the person left as shown is kept as saved; one they changed is saved when nobody else saved it since; otherwise nothing is saved
 * and the differing answers come back as a {@link SaveOutcome.Conflict} for the user to choose between. A form without the per-answer
 * fields is judged by the step's version, as before. Saves to one workbook are made one at a time ({@link WorkbookService#findEditable}
 * locks it), so two saves at the same moment are judged one after the other. Nothing is silently overwritten.
 */
@ApplicationScoped
public class AnswerService {

    private final StepCatalogue steps;
    private final AuditTrail audit;

    AnswerService(StepCatalogue steps, AuditTrail audit) {
        this.steps = steps;
        this.audit = audit;
    }

    /**
     * Saves the given answers (questions not given are left as they are). The first save moves the step to In progress.
     *
     * @param basedOnVersion the {@link StepState#version()} the form was rendered with: what decides for answers without a basis
     */
    @Transactional
    public SaveOutcome save(long workbookId, String stepId, long basedOnVersion, List<AnswerInput> inputs) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        String step = steps.byId(stepId).id();
        StepProgress progress = WorkbookService.progressFor(workbook, step);
        Map<String, Answer> saved = Answer.listFor(workbook, step).stream()
                .collect(Collectors.toMap(a -> a.questionId, Function.identity()));

        List<AnswerInput> changes = new ArrayList<>();
        List<SaveOutcome.ConflictingAnswer> differing = new ArrayList<>();
        for (AnswerInput input : inputs) {
            SavedAnswer current =
                    saved.containsKey(input.questionId()) ? SavedAnswer.of(saved.get(input.questionId())) : null;
            if ((input.basis() != null && input.basis().leftAsShown(input)) || input.sameAs(current)) {
                continue;
            }
            boolean upToDate = input.basis() == null
                    ? progress.version == basedOnVersion
                    : input.basis().isCurrent(current);
            if (upToDate) {
                changes.add(input);
            } else {
                differing.add(new SaveOutcome.ConflictingAnswer(input.questionId(), input, current));
            }
        }
        if (!differing.isEmpty()) {
            return new SaveOutcome.Conflict(progress.version, differing);
        }

        for (AnswerInput input : changes) {
            apply(workbook, step, saved.get(input.questionId()), input);
        }
        if (!changes.isEmpty() || progress.status == StepProgress.Status.NOT_STARTED) {
            WorkbookService.recordChange(workbook, progress, audit);
            StepProgress.flush();
        }
        Map<String, AnswerBasis> bases = Answer.listFor(workbook, step).stream()
                .collect(Collectors.toMap(a -> a.questionId, a -> AnswerBasis.of(SavedAnswer.of(a))));
        return new SaveOutcome.Saved(progress.version, progress.updatedAt, bases);
    }

    private void apply(Workbook workbook, String stepId, Answer answer, AnswerInput input) {
        if (answer == null) {
            answer = new Answer();
            answer.workbook = workbook;
            answer.stepId = stepId;
            answer.questionId = input.questionId();
            answer.persist();
        }
        String field = "Answer[" + input.questionId() + "].";
        audit.record(workbook, stepId, field + "text", answer.text, input.text());
        audit.record(workbook, stepId, field + "choice", answer.choice, input.choice());
        List<SavedAnswer.Link> oldLinks = SavedAnswer.of(answer).links();
        // one entry per link: twenty links of 2,300 characters would not fit one audit value
        for (int n = 0; n < Math.max(oldLinks.size(), input.links().size()); n++) {
            audit.record(
                    workbook,
                    stepId,
                    field + "links[" + (n + 1) + "]",
                    describe(oldLinks, n),
                    describe(input.links(), n));
        }
        answer.text = input.text();
        answer.choice = input.choice();
        if (!oldLinks.equals(input.links())) {
            answer.links.clear();
            for (SavedAnswer.Link link : input.links()) {
                EvidenceLink evidence = new EvidenceLink();
                evidence.answer = answer;
                evidence.title = link.title();
                evidence.url = link.url();
                answer.links.add(evidence);
            }
        }
        answer.updatedAt = audit.now();
        answer.updatedBy = audit.who();
    }

    private static String describe(List<SavedAnswer.Link> links, int n) {
        return n < links.size() ? links.get(n).title() + " <" + links.get(n).url() + ">" : null;
    }
}
