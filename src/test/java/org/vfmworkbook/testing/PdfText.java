package org.vfmworkbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** A PDF's text read back with OpenPDF, page by page, as a reader of the document would get it. */
public record PdfText(List<String> pages, String title, String author) {

    public static PdfText of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    pages.add(extractor.getTextFromPage(page));
                }
                return new PdfText(
                        List.copyOf(pages),
                        reader.getInfo().get("Title"),
                        reader.getInfo().get("Author"));
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    /** Every page's text, whitespace runs made single spaces. */
    public String text() {
        return String.join("\n", pages).replaceAll("\\s+", " ");
    }

    /** The page whose text contains this, whitespace made single spaces; fails when none does. */
    public String pageWith(String words) {
        return pages.stream()
                .map(p -> p.replaceAll("\\s+", " "))
                .filter(p -> p.contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No page contains " + words));
    }
}
