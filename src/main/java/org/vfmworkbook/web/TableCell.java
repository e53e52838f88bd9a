package org.vfmworkbook.web;

import io.quarkus.qute.TemplateData;

/** A table cell holding already formatted text; numeric cells are right aligned. */
@TemplateData
public record TableCell(String text, boolean numeric) {

    public static TableCell text(String text) {
        return new TableCell(text, false);
    }

    public static TableCell number(String formatted) {
        return new TableCell(formatted, true);
    }
}
