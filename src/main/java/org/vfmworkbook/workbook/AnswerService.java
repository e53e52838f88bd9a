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
 * Saves a step's answers. The form carries the version of the step it was based on; when someone else has saved the
 * step since, nothing is saved and the differing answers come back as a {@link SaveOutcome.Conflict} for the user to
 * choose between. Nothing is silently overwritten.
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
     * @param basedOnVersion the {@link StepState#version()} the form was rendered with
     */
    @Transactional
    public SaveOutcome save(long workbookId, String stepId, long basedOnVersion, List<AnswerInput> inputs) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        String step = steps.byId(stepId).id();
        StepProgress progress = WorkbookService.progressFor(workbook, step);
        Map<String, Answer> saved = Answer.listFor(workbook, step).stream()
                .collect(Collectors.toMap(a -> a.questionId, Function.identity()));

        if (progress.version != basedOnVersion) {
            List<SaveOutcome.ConflictingAnswer> differing = new ArrayList<>();
            for (AnswerInput input : inputs) {
                SavedAnswer current = saved.containsKey(input.questionId()) ? SavedAnswer.of(saved.get(input.questionId())) : null;
                if (!input.sameAs(current)) {
                    differing.add(new SaveOutcome.ConflictingAnswer(input.questionId(), input, current));
                }
            }
            if (!differing.isEmpty()) {
                return new SaveOutcome.Conflict(progress.version, differing);
            }
        }

        boolean changed = false;
        for (AnswerInput input : inputs) {
            changed |= apply(workbook, step, saved.get(input.questionId()), input);
        }
        if (changed || progress.status == StepProgress.Status.NOT_STARTED) {
            if (progress.status == StepProgress.Status.NOT_STARTED) {
                audit.record(workbook, step, "StepProgress.status", progress.status, StepProgress.Status.IN_PROGRESS);
                progress.status = StepProgress.Status.IN_PROGRESS;
            }
            progress.updatedAt = audit.now();
            progress.updatedBy = audit.who();
            workbook.updatedAt = progress.updatedAt;
            StepProgress.flush();
        }
        return new SaveOutcome.Saved(progress.version, progress.updatedAt);
    }

    private boolean apply(Workbook workbook, String stepId, Answer answer, AnswerInput input) {
        if (answer == null) {
            if (input.sameAs(null)) {
                return false;
            }
            answer = new Answer();
            answer.workbook = workbook;
            answer.stepId = stepId;
            answer.questionId = input.questionId();
            answer.persist();
        }
        String field = "Answer[" + input.questionId() + "].";
        boolean changed = audit.record(workbook, stepId, field + "text", answer.text, input.text());
        changed |= audit.record(workbook, stepId, field + "choice", answer.choice, input.choice());
        List<SavedAnswer.Link> oldLinks = SavedAnswer.of(answer).links();
        changed |= audit.record(workbook, stepId, field + "links", describe(oldLinks), describe(input.links()));
        if (!changed) {
            return false;
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
        return true;
    }

    private static String describe(List<SavedAnswer.Link> links) {
        return links.isEmpty() ? null : links.stream().map(l -> l.title() + " <" + l.url() + ">").collect(Collectors.joining("\n"));
    }
}
