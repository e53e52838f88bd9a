package org.vfmworkbook.workbook;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.Fmt;

/** A workbook as lists and headings show it; {@code signedOffBy} and {@code signedOffAt} are null until it is signed off. */
@TemplateData
public record WorkbookSummary(
        long id,
        String councilCode,
        String councilName,
        String dataYear,
        String title,
        Workbook.Status status,
        Instant createdAt,
        Instant updatedAt,
        int completedSteps,
        int totalSteps,
        int versionNumber,
        Long previousVersionId,
        String signedOffBy,
        Instant signedOffAt) {

    public String href() {
        return "/workbooks/" + id;
    }

    public String summaryHref() {
        return href() + "/summary";
    }

    public String customGroupHref() {
        return href() + "/custom-group";
    }

    public String signOffHref() {
        return href() + "/sign-off";
    }

    public String newVersionHref() {
        return href() + "/new-version";
    }

    public String sharingHref() {
        return href() + "/sharing";
    }

    public String reportHref() {
        return href() + "/report";
    }

    public boolean signedOff() {
        return status == Workbook.Status.SIGNED_OFF;
    }

    /** "In progress", or "Signed off by Jane Smith on 16 January 2023". */
    public String statusText() {
        return signedOff() ? "Signed off by " + signedOffBy + " on " + Fmt.date(signedOffAt) : "In progress";
    }

    public String versionText() {
        return "Version " + versionNumber;
    }
}
