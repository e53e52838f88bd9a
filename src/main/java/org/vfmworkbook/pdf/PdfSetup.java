package org.vfmworkbook.pdf;

/** What a PDF document is and the words its decorations use ({@code pageOf} is "page {n} of {m}"). */
public record PdfSetup(
        String title,
        String author,
        String subject,
        String footer,
        String pageOf,
        String draftMark,
        PdfCharts.Words chartWords) {}
