package org.vfmworkbook.dataaudit;

import java.util.Map;

/**
 * What a council answered in a step's data audit: each practice of the checklist by its id, each term of the definitions check by
 * its id. An item not answered is absent.
 */
public record AuditAnswers(Map<String, PracticeAnswer> practices, Map<String, DefinitionAnswer> definitions) {

    private static final AuditAnswers NONE = new AuditAnswers(Map.of(), Map.of());

    public AuditAnswers {
        practices = Map.copyOf(practices);
        definitions = Map.copyOf(definitions);
    }

    public static AuditAnswers none() {
        return NONE;
    }

    /** A practice in the method's three columns, with how far it is in place. */
    public record PracticeAnswer(PracticeStatus status, String now, String needed, String progress) {}

    /** Whether the council's recording matches NHS Digital's definition, with the council's note. */
    public record DefinitionAnswer(DefinitionMatch match, String note) {}
}
