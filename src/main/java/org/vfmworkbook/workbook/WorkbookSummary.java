package org.vfmworkbook.workbook;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

/** A workbook as lists and headings show it. */
@TemplateData
public record WorkbookSummary(long id, String councilCode, String councilName, String dataYear, String title,
        Workbook.Status status, Instant createdAt, Instant updatedAt, int completedSteps, int totalSteps) {

    public String href() {
        return "/workbooks/" + id;
    }

    public String summaryHref() {
        return href() + "/summary";
    }

    public String customGroupHref() {
        return href() + "/custom-group";
    }

    public String statusText() {
        return status == Workbook.Status.SIGNED_OFF ? "Signed off" : "In progress";
    }
}
