package org.vfmworkbook.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.DateInput;
import org.vfmworkbook.web.FormErrors;

/**
 * The Theory of Change page of one action: the form's stages and boxes filled from what was saved or, on a 422, from what was
 * typed; {@code stale} the message when the form was saved over someone else's change (null otherwise).
 */
@TemplateData
public record TheoryOfChangePage(
        WorkbookSummary workbook,
        ActionView action,
        int stepNumber,
        String stepTitle,
        boolean editable,
        FormValues form,
        FormErrors errors,
        String stale) {

    /** One stage of the form and its boxes. */
    @TemplateData
    public record Section(ChangeStage stage, List<Slot> slots) {
        public boolean single() {
            return slots.size() == 1;
        }
    }

    /**
     * One box's fields, named from {@code prefix}, with what the form holds for them; a box after a stage's first is shown folded
     * ({@code open} false) until something is typed in it or it has a problem.
     */
    @TemplateData
    public record Slot(ChangeStage stage, int number, String prefix, FormValues form, FormErrors errors) {
        public boolean open() {
            return number == 1
                    || form.values().entrySet().stream()
                            .anyMatch(e -> e.getKey().startsWith(prefix + "-")
                                    && e.getValue() != null
                                    && !e.getValue().isBlank())
                    || errors.list().stream().anyMatch(e -> e.field().startsWith(prefix + "-"));
        }

        public String field(String part) {
            return prefix + "-" + part;
        }

        public String value(String part) {
            return form.get(field(part));
        }

        public DateInput date() {
            return DateInput.typed(field("date"), form::get);
        }
    }

    public List<Section> sections() {
        return Arrays.stream(ChangeStage.values())
                .map(stage -> new Section(
                        stage,
                        IntStream.rangeClosed(1, stage.slots())
                                .mapToObj(n -> new Slot(stage, n, TheoryOfChangeForm.prefix(stage, n), form, errors))
                                .toList()))
                .toList();
    }

    public String href() {
        return href(workbook.id(), action.id());
    }

    static String href(long workbookId, long actionId) {
        return "/workbooks/" + workbookId + "/actions/" + actionId + "/theory-of-change";
    }

    public String stepHref() {
        return workbook.href() + "/steps/" + action.stepId() + "#action-" + action.id();
    }

    public String actionPlanHref() {
        return workbook.href() + "/action-plan";
    }

    /** The version the form was shown with: empty when none was saved. */
    public String version() {
        String typed = form.get(TheoryOfChangeForm.VERSION);
        return typed == null ? "" : typed;
    }
}
