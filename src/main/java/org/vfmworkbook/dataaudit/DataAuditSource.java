package org.vfmworkbook.dataaudit;

/** Where the report finds a workbook's data audit answers. The workbook capability implements it. */
public interface DataAuditSource {

    /** The answers given at the step; none when the workbook or the step has none. */
    AuditAnswers answers(long workbookId, String stepId);
}
