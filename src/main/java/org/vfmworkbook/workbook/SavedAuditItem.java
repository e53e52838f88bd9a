package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.dataaudit.AuditAnswers;
import org.vfmworkbook.dataaudit.DefinitionMatch;
import org.vfmworkbook.dataaudit.PracticeStatus;

/** A data audit item as saved, with its version and who saved it last. */
@TemplateData
public record SavedAuditItem(
        DataAuditEntry.Kind kind,
        String itemId,
        String choice,
        String now,
        String needed,
        String progress,
        String note,
        long version,
        String updatedBy,
        Instant updatedAt) {

    static SavedAuditItem of(DataAuditEntry entry) {
        return new SavedAuditItem(
                entry.kind,
                entry.itemId,
                entry.choice,
                entry.whatHappensNow,
                entry.whatNeedsToHappen,
                entry.howYouWillProgress,
                entry.note,
                entry.version,
                entry.updatedBy,
                entry.updatedAt);
    }

    static String key(DataAuditEntry.Kind kind, String itemId) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + itemId;
    }

    String key() {
        return key(kind, itemId);
    }

    /** The saved items as the answers the confidence rule and the report read. */
    static AuditAnswers answers(Map<String, SavedAuditItem> saved) {
        Map<String, AuditAnswers.PracticeAnswer> practices = new LinkedHashMap<>();
        Map<String, AuditAnswers.DefinitionAnswer> definitions = new LinkedHashMap<>();
        for (SavedAuditItem item : saved.values()) {
            if (item.kind == DataAuditEntry.Kind.PRACTICE) {
                practices.put(
                        item.itemId,
                        new AuditAnswers.PracticeAnswer(
                                PracticeStatus.fromValue(item.choice).orElse(null),
                                item.now,
                                item.needed,
                                item.progress));
            } else {
                definitions.put(
                        item.itemId,
                        new AuditAnswers.DefinitionAnswer(
                                DefinitionMatch.fromValue(item.choice).orElse(null), item.note));
            }
        }
        return new AuditAnswers(practices, definitions);
    }
}
