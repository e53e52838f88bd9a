package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;

import org.vfmworkbook.dataaudit.DefinitionMatch;
import org.vfmworkbook.dataaudit.PracticeStatus;
import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.web.FieldError;
import org.vfmworkbook.web.FormErrors;

/**
 * The two data audit forms of a step: the practices ({@code practice-<id>-status|now|needed|progress|version}) and the definitions
 * check ({@code definition-<id>-match|note|version}). An item none of whose fields was posted is left as it is; one posted blank is
 * cleared. A practice not (or only partly) in place must say what needs to happen; a term that does not match, or is unsure, needs a
 * note.
 */
final class DataAuditForm {

    static final int MAX_TEXT = 2000;
    static final String NEW_VERSION = "new";

    /** The items posted, checked; {@code errors} in the order of the page. */
    record Parsed(List<DataAuditInput> inputs, FormErrors errors) {}

    private DataAuditForm() {}

    static String practice(String id, String field) {
        return "practice-" + id + "-" + field;
    }

    static String definition(String id, String field) {
        return "definition-" + id + "-" + field;
    }

    static Parsed practices(DataAudit audit, FormValues form) {
        List<DataAuditInput> inputs = new ArrayList<>();
        FormErrors errors = FormErrors.none();
        for (DataAudit.Practice practice : audit.practices()) {
            String id = practice.id();
            if (!posted(
                    form,
                    practice(id, "status"),
                    practice(id, "now"),
                    practice(id, "needed"),
                    practice(id, "progress"))) {
                continue;
            }
            String status = form.text(practice(id, "status"));
            String now = form.text(practice(id, "now"));
            String needed = form.text(practice(id, "needed"));
            String progress = form.text(practice(id, "progress"));
            String what = "‘" + practice.text() + "’";
            PracticeStatus chosen = PracticeStatus.fromValue(status).orElse(null);
            if ((status != null && chosen == null)
                    || (chosen == null && (now != null || needed != null || progress != null))) {
                errors = errors.with(practice(id, "status"), "Select how far " + what + " is in place");
            }
            if (chosen != null && chosen != PracticeStatus.IN_PLACE && needed == null) {
                errors = errors.with(practice(id, "needed"), "Enter what needs to happen for " + what);
            }
            errors = tooLong(errors, practice(id, "now"), now, "What happens now");
            errors = tooLong(errors, practice(id, "needed"), needed, "What needs to happen");
            errors = tooLong(errors, practice(id, "progress"), progress, "How you will progress");
            inputs.add(new DataAuditInput(
                    DataAuditEntry.Kind.PRACTICE,
                    id,
                    status,
                    now,
                    needed,
                    progress,
                    null,
                    version(form.get(practice(id, "version")))));
        }
        return new Parsed(inputs, errors);
    }

    static Parsed definitions(DataAudit audit, FormValues form) {
        List<DataAuditInput> inputs = new ArrayList<>();
        FormErrors errors = FormErrors.none();
        for (DataAudit.Definition definition : audit.definitions()) {
            String id = definition.id();
            if (!posted(form, definition(id, "match"), definition(id, "note"))) {
                continue;
            }
            String match = form.text(definition(id, "match"));
            String note = form.text(definition(id, "note"));
            String term = "‘" + definition.term() + "’";
            DefinitionMatch chosen = DefinitionMatch.fromValue(match).orElse(null);
            if ((match != null && chosen == null) || (chosen == null && note != null)) {
                errors = errors.with(
                        definition(id, "match"),
                        "Select whether your recording of " + term + " matches NHS Digital's definition");
            }
            if (chosen == DefinitionMatch.NO && note == null) {
                errors = errors.with(definition(id, "note"), "Enter how your recording of " + term + " differs");
            } else if (chosen == DefinitionMatch.UNSURE && note == null) {
                errors = errors.with(definition(id, "note"), "Enter what you are unsure of about " + term);
            }
            errors = tooLong(errors, definition(id, "note"), note, "The note");
            inputs.add(new DataAuditInput(
                    DataAuditEntry.Kind.DEFINITION,
                    id,
                    match,
                    null,
                    null,
                    null,
                    note,
                    version(form.get(definition(id, "version")))));
        }
        return new Parsed(inputs, errors);
    }

    /** The field of an item that a conflict message links to: its first radio. */
    static String firstField(DataAuditInput input) {
        return input.kind() == DataAuditEntry.Kind.PRACTICE
                ? practice(input.itemId(), "status")
                : definition(input.itemId(), "match");
    }

    /** The version the form shows for an item: its saved version, or {@code new}. */
    static String shown(SavedAuditItem saved) {
        return saved == null ? NEW_VERSION : String.valueOf(saved.version());
    }

    private static long version(String raw) {
        if (NEW_VERSION.equals(raw)) {
            return DataAuditInput.NEW;
        }
        long version = StepPages.parseVersion(raw);
        // a missing or unreadable version matches nothing saved, so any change it carries is a conflict
        return version < 0 ? Long.MIN_VALUE : version;
    }

    private static boolean posted(FormValues form, String... fields) {
        for (String field : fields) {
            if (form.has(field)) return true;
        }
        return false;
    }

    private static FormErrors tooLong(FormErrors errors, String field, String text, String label) {
        return text != null && text.length() > MAX_TEXT
                ? errors.with(new FieldError(field, label + " must be 2,000 characters or fewer"))
                : errors;
    }
}
