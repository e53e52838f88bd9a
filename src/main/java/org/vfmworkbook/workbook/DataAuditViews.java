package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.dataaudit.ConfidenceSuggestion;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.pdf.Words;
import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.RadioItem;

/** Builds a step's {@link DataAuditView}: each item from the person's input where they posted it, else from what is saved. */
@ApplicationScoped
class DataAuditViews {

    private static final Words WORDS = ConfidenceSuggestion.WORDS;
    private static final List<RadioItem> PRACTICE_CHOICES = choices("practice-", "in-place", "partly", "not-in-place");
    private static final List<RadioItem> DEFINITION_CHOICES = choices("definition-", "yes", "no", "unsure");

    /** What was posted to one of the forms, and the items someone else changed meanwhile (a 409). */
    record Submission(FormValues form, List<DataAuditInput> conflicts) {
        static final Submission NONE = new Submission(FormValues.none(), List.of());
    }

    private final DataAuditService audits;
    private final NationalComparisons national;

    DataAuditViews(DataAuditService audits, NationalComparisons national) {
        this.audits = audits;
        this.national = national;
    }

    /** Null for a step without a data audit. */
    DataAuditView build(long workbookId, String stepHref, StepDefinition step, boolean editable, Submission submitted) {
        if (!step.hasDataAudit()) {
            return null;
        }
        DataAudit audit = step.dataAudit();
        Map<String, SavedAuditItem> saved = audits.saved(workbookId, step.id());
        Set<String> conflicts =
                submitted.conflicts().stream().map(DataAuditInput::key).collect(Collectors.toSet());
        FormValues form = submitted.form();
        List<DataAuditView.PracticeRow> practices = new ArrayList<>();
        for (DataAudit.Practice practice : audit.practices()) {
            String id = practice.id();
            SavedAuditItem item = saved.get(SavedAuditItem.key(DataAuditEntry.Kind.PRACTICE, id));
            boolean posted = form.has(DataAuditForm.practice(id, "now"));
            boolean conflict = conflicts.contains(SavedAuditItem.key(DataAuditEntry.Kind.PRACTICE, id));
            String status =
                    posted ? form.get(DataAuditForm.practice(id, "status")) : item == null ? null : item.choice();
            practices.add(new DataAuditView.PracticeRow(
                    id,
                    practice.text(),
                    practice.hint(),
                    DataAuditForm.practice(id, "status"),
                    status,
                    label("practice-", status),
                    DataAuditForm.practice(id, "now"),
                    posted ? form.get(DataAuditForm.practice(id, "now")) : item == null ? null : item.now(),
                    DataAuditForm.practice(id, "needed"),
                    posted ? form.get(DataAuditForm.practice(id, "needed")) : item == null ? null : item.needed(),
                    DataAuditForm.practice(id, "progress"),
                    posted ? form.get(DataAuditForm.practice(id, "progress")) : item == null ? null : item.progress(),
                    DataAuditForm.practice(id, "version"),
                    version(posted && !conflict, form.get(DataAuditForm.practice(id, "version")), item),
                    conflict ? conflict(item, item == null ? null : practiceLines(item)) : null));
        }
        List<DataAuditView.DefinitionRow> definitions = new ArrayList<>();
        for (DataAudit.Definition definition : audit.definitions()) {
            String id = definition.id();
            SavedAuditItem item = saved.get(SavedAuditItem.key(DataAuditEntry.Kind.DEFINITION, id));
            boolean posted = form.has(DataAuditForm.definition(id, "note"));
            boolean conflict = conflicts.contains(SavedAuditItem.key(DataAuditEntry.Kind.DEFINITION, id));
            String match =
                    posted ? form.get(DataAuditForm.definition(id, "match")) : item == null ? null : item.choice();
            definitions.add(new DataAuditView.DefinitionRow(
                    id,
                    definition.term(),
                    definition.definition(),
                    definition.source(),
                    measures(definition),
                    DataAuditForm.definition(id, "match"),
                    match,
                    label("definition-", match),
                    DataAuditForm.definition(id, "note"),
                    posted ? form.get(DataAuditForm.definition(id, "note")) : item == null ? null : item.note(),
                    DataAuditForm.definition(id, "version"),
                    version(posted && !conflict, form.get(DataAuditForm.definition(id, "version")), item),
                    conflict ? conflict(item, item == null ? null : definitionLines(item)) : null));
        }
        ConfidenceSuggestion suggestion = ConfidenceSuggestion.of(audit, SavedAuditItem.answers(saved));
        return new DataAuditView(
                editable,
                stepHref + "/data-audit",
                stepHref + "/definitions-check",
                PRACTICE_CHOICES,
                DEFINITION_CHOICES,
                practices,
                definitions,
                suggestion.sentence(),
                suggestion.suggested().map(r -> r.label()).orElse(null),
                suggestion.suggested().map(r -> r.tagColour()).orElse(null));
    }

    /** The short titles of the metrics that stand on the term, in the order the step lists them. */
    private String measures(DataAudit.Definition definition) {
        return definition.metrics().stream()
                .map(id -> national.catalogue()
                        .find(id)
                        .map(MetricDefinition::shortTitle)
                        .orElse(id))
                .collect(Collectors.joining("; "));
    }

    /** The version the person's form was based on, kept on a 422; on a 409, and when nothing was posted, the saved one. */
    private static String version(boolean keepPosted, String posted, SavedAuditItem saved) {
        return keepPosted && posted != null ? posted : DataAuditForm.shown(saved);
    }

    private static DataAuditView.Conflict conflict(SavedAuditItem item, List<String> lines) {
        if (item == null) {
            return new DataAuditView.Conflict(null, null, List.of(WORDS.get("notAnswered")));
        }
        return new DataAuditView.Conflict(
                item.updatedBy(), item.updatedAt() == null ? null : Fmt.dateTime(item.updatedAt()), lines);
    }

    private static List<String> practiceLines(SavedAuditItem item) {
        List<String> lines = new ArrayList<>();
        lines.add(label("practice-", item.choice()));
        addIfPresent(lines, "nowLabel", item.now());
        addIfPresent(lines, "neededLabel", item.needed());
        addIfPresent(lines, "progressLabel", item.progress());
        return lines;
    }

    private static List<String> definitionLines(SavedAuditItem item) {
        List<String> lines = new ArrayList<>();
        lines.add(label("definition-", item.choice()));
        addIfPresent(lines, "noteLabel", item.note());
        return lines;
    }

    private static void addIfPresent(List<String> lines, String labelKey, String text) {
        if (text != null) lines.add(WORDS.get(labelKey) + ": " + text);
    }

    /** The choice in words, or "Not yet answered"; an unknown posted value reads as not answered. */
    static String label(String prefix, String value) {
        return value == null || !WORDS.all().containsKey(prefix + value)
                ? WORDS.get("notAnswered")
                : WORDS.get(prefix + value);
    }

    private static List<RadioItem> choices(String prefix, String... values) {
        List<RadioItem> items = new ArrayList<>();
        for (String value : values) items.add(new RadioItem(value, WORDS.get(prefix + value)));
        return List.copyOf(items);
    }
}
