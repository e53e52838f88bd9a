package org.vfmworkbook.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.web.DateInput;
import org.vfmworkbook.web.FormErrors;

/**
 * The Theory of Change form: a box per slot of each stage ({@link ChangeStage}), each box's fields named
 * {@code toc-<stage>-<slot>-text}, {@code -date} (a GOV.UK date input, milestones only), {@code -evidence}, {@code -measure} (a
 * metric id or {@code local}) and {@code -measure-name} (the local figure's name). A box counts as used when any of its fields is
 * filled; every used box needs what it is, the evidence and the measure, and a milestone its date. Where we are now and where we
 * want to be are needed, and at least one activity, milestone and outcome.
 */
final class TheoryOfChangeForm {

    static final int TEXT_LIMIT = 300;
    static final int NAME_LIMIT = 200;
    static final String VERSION = "version";

    record Parsed(List<TheoryOfChangeView.Box> boxes, FormErrors errors) {}

    private TheoryOfChangeForm() {}

    static String prefix(ChangeStage stage, int slot) {
        return "toc-" + stage.value() + "-" + slot;
    }

    /** How messages name a box: "where we are now", "activity 2". */
    static String named(ChangeStage stage, int slot) {
        return switch (stage) {
            case NOW -> "where we are now";
            case GOAL -> "where we want to be";
            default -> stage.value() + " " + slot;
        };
    }

    static Parsed parse(FormValues form, ActionChoices measures) {
        FormNumbers.Errors errors = new FormNumbers.Errors();
        List<TheoryOfChangeView.Box> boxes = new ArrayList<>();
        for (ChangeStage stage : ChangeStage.values()) {
            int used = 0;
            for (int slot = 1; slot <= stage.slots(); slot++) {
                String p = prefix(stage, slot);
                if (!used(form, p)) {
                    continue;
                }
                used++;
                TheoryOfChangeView.Box box = box(form, stage, slot, measures, errors);
                if (box != null) {
                    boxes.add(box);
                }
            }
            if (used == 0) {
                errors.add(prefix(stage, 1) + "-text", firstMissing(stage));
            }
        }
        return new Parsed(List.copyOf(boxes), errors.errors);
    }

    private static String firstMissing(ChangeStage stage) {
        return switch (stage) {
            case NOW -> "Enter where we are now";
            case GOAL -> "Enter where we want to be";
            default -> "Enter at least one " + stage.value();
        };
    }

    private static boolean used(FormValues form, String p) {
        return form.text(p + "-text") != null
                || form.text(p + "-evidence") != null
                || form.text(p + "-measure") != null
                || form.text(p + "-measure-name") != null
                || !DateInput.typed(p + "-date", form::get).isBlank();
    }

    private static TheoryOfChangeView.Box box(
            FormValues form, ChangeStage stage, int slot, ActionChoices measures, FormNumbers.Errors errors) {
        String p = prefix(stage, slot);
        String name = named(stage, slot);
        String text = ActionForm.required(form, p + "-text", whatLabel(stage, name), TEXT_LIMIT, errors);
        LocalDate date =
                stage.dated() ? FormNumbers.date(form, p + "-date", "the date of " + name, true, null, errors) : null;
        String evidence = ActionForm.required(
                form, p + "-evidence", "the evidence that will show " + name + " happened", TEXT_LIMIT, errors);
        String chosen = form.text(p + "-measure");
        String measure = null;
        String metricId = null;
        if (chosen == null) {
            errors.add(p + "-measure", "Choose the measure that will show " + name);
        } else if (ActionChoices.LOCAL.equals(chosen)) {
            measure = ActionForm.required(
                    form, p + "-measure-name", "the name of the local figure for " + name, NAME_LIMIT, errors);
        } else {
            MetricDefinition metric = measures.metric(chosen).orElse(null);
            if (metric == null) {
                errors.add(p + "-measure", "Choose the measure for " + name + " from the list");
            } else {
                measure = metric.title();
                metricId = metric.id();
            }
        }
        boolean complete = text != null
                && text.length() <= TEXT_LIMIT
                && evidence != null
                && evidence.length() <= TEXT_LIMIT
                && measure != null
                && measure.length() <= NAME_LIMIT
                && (!stage.dated() || date != null);
        return complete ? new TheoryOfChangeView.Box(stage, slot, text, date, evidence, measure, metricId) : null;
    }

    private static String whatLabel(ChangeStage stage, String name) {
        return switch (stage) {
            case NOW, GOAL -> name;
            default -> "what " + name + " is";
        };
    }

    /** The form filled in from a saved Theory of Change (none: blank, version empty). */
    static FormValues of(TheoryOfChangeView theory) {
        Map<String, String> v = new LinkedHashMap<>();
        if (theory == null) {
            return FormValues.of(v);
        }
        for (TheoryOfChangeView.Box box : theory.boxes()) {
            String p = prefix(box.stage(), box.slot());
            v.put(p + "-text", box.text());
            ActionForm.putDate(v, p + "-date", box.date());
            v.put(p + "-evidence", box.evidence());
            v.put(p + "-measure", box.metricId() == null ? ActionChoices.LOCAL : box.metricId());
            if (box.metricId() == null) {
                v.put(p + "-measure-name", box.measure());
            }
        }
        v.put(VERSION, String.valueOf(theory.version()));
        return FormValues.of(v);
    }
}
