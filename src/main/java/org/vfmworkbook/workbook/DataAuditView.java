package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.RadioItem;

/**
 * A step's data audit as its page shows it ({@code WorkbookPages/dataAudit.html}): the practices and the definitions check, filled
 * from what the person posted (on a 422 or 409) or from what is saved, and the confidence the saved answers suggest.
 *
 * @param suggestion the sentence ("3 definitions unsure, 2 practices not yet in place: consider Amber.")
 * @param suggestedColour the GOV.UK tag colour of the suggested rating, or null when there is none yet
 */
@TemplateData
public record DataAuditView(
        boolean editable,
        String practicesHref,
        String definitionsHref,
        List<RadioItem> practiceChoices,
        List<RadioItem> definitionChoices,
        List<PracticeRow> practices,
        List<DefinitionRow> definitions,
        String suggestion,
        String suggestedRating,
        String suggestedColour) {

    public boolean hasPractices() {
        return !practices.isEmpty();
    }

    public boolean hasDefinitions() {
        return !definitions.isEmpty();
    }

    /** Someone else's answer to an item the person changed too, shown beside the form after a 409. */
    @TemplateData
    public record Conflict(String by, String at, List<String> lines) {}

    /** {@code statusLabel} is the saved or posted status in words, for the read-only table. */
    @TemplateData
    public record PracticeRow(
            String id,
            String text,
            String hint,
            String statusName,
            String statusValue,
            String statusLabel,
            String nowName,
            String now,
            String neededName,
            String needed,
            String progressName,
            String progress,
            String versionName,
            String version,
            Conflict conflict) {}

    /** {@code measures} names the metrics that stand on the term; {@code matchLabel} the answer in words. */
    @TemplateData
    public record DefinitionRow(
            String id,
            String term,
            String definition,
            String source,
            String measures,
            String matchName,
            String matchValue,
            String matchLabel,
            String noteName,
            String note,
            String versionName,
            String version,
            Conflict conflict) {}
}
