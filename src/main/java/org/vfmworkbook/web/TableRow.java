package org.vfmworkbook.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A body row. {@code highlighted} marks the council the page is about (bold, not colour alone). The first cell is the row header. */
@TemplateData
public record TableRow(List<TableCell> cells, boolean highlighted) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public static TableRow of(TableCell... cells) {
        return new TableRow(List.of(cells), false);
    }

    public TableRow highlight() {
        return new TableRow(cells, true);
    }
}
