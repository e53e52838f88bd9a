package org.vfmworkbook.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.lowagie.text.pdf.PdfReader;

import org.vfmworkbook.findings.LeastRecentlyUsed;
import org.vfmworkbook.nationaldata.NationalDataChanged;

/**
 * The report's downloads as a person chooses between them: each document with its format, page count and size ("PDF, 6 pages,
 * 152 KB"), for the report page and the workbook's task list (issue I.1). The figures are those of the document the link returns
 * now: each is measured by rendering it, once for each state of the workbook (kept until the workbook or the national data
 * changes, for the 64 most recently seen), so showing the links does not render a PDF on every page.
 */
@ApplicationScoped
public class ReportDownloads {

    private static final int KEPT = 64;

    /** One document to download: its link text, address and what it is. */
    public record Download(String label, String href, String description) {}

    private record Measured(WorkbookContent content, int bytes, int pages) {}

    private final WorkbookContentSource workbooks;
    private final ReportAssembler assembler;
    private final PdfReportRenderer pdf;
    private final Map<String, Measured> measured = LeastRecentlyUsed.keeping(KEPT);

    ReportDownloads(WorkbookContentSource workbooks, ReportAssembler assembler, PdfReportRenderer pdf) {
        this.workbooks = workbooks;
        this.assembler = assembler;
        this.pdf = pdf;
    }

    void onChange(@Observes NationalDataChanged changed) {
        measured.clear();
    }

    /** The members' summary PDF, the partners' summary PDF, the full report PDF and the comparisons CSV of a workbook; empty if there is no such workbook. */
    public List<Download> of(long workbookId) {
        return workbooks.find(workbookId).map(this::of).orElse(List.of());
    }

    /** The same, for content already read (the report page has it). */
    public List<Download> of(WorkbookContent content) {
        String base = "/workbooks/" + content.workbookId() + "/";
        Measured members = measure(content, Audience.MEMBERS);
        Measured partners = measure(content, Audience.PARTNERS);
        Measured full = measure(content, Audience.FULL);
        Measured csv = measure(content, null);
        return List.of(
                new Download(
                        Wording.get("downloadMembers"), base + "report.pdf?audience=members", pdfDescription(members)),
                new Download(
                        ReportLayout.WORDS.get("downloadPartners"),
                        base + "report.pdf?audience=partners",
                        pdfDescription(partners)),
                new Download(Wording.get("downloadFull"), base + "report.pdf?audience=full", pdfDescription(full)),
                new Download(Wording.get("downloadCsv"), base + "report.csv", "CSV, " + size(csv.bytes())));
    }

    private Measured measure(WorkbookContent content, Audience audience) {
        String key = content.workbookId() + "/" + (audience == null ? "csv" : audience.name());
        Measured known = measured.get(key);
        if (known != null && known.content().equals(content)) {
            return known;
        }
        Measured now;
        if (audience == null) {
            now = new Measured(
                    content,
                    CsvReportRenderer.render(assembler.assemble(content, Audience.FULL))
                            .getBytes(StandardCharsets.UTF_8)
                            .length,
                    0);
        } else {
            byte[] document = pdf.render(assembler.assemble(content, audience));
            now = new Measured(content, document.length, pages(document));
        }
        measured.put(key, now);
        return now;
    }

    private static int pages(byte[] document) {
        try {
            PdfReader reader = new PdfReader(document);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("the rendered report could not be read back", unreadable);
        }
    }

    private static String pdfDescription(Measured document) {
        return "PDF, " + document.pages() + (document.pages() == 1 ? " page, " : " pages, ") + size(document.bytes());
    }

    /** "152 KB", "1.2 MB": sizes as GOV.UK attachments give them. */
    static String size(int bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
