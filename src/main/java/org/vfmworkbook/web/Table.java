package org.vfmworkbook.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A GOV.UK table: a caption, a header row and body rows. Header and body cells say whether they are numeric (right aligned). */
@TemplateData
public record Table(String caption, List<TableCell> head, List<TableRow> rows) {

    public Table {
        head = List.copyOf(head);
        rows = List.copyOf(rows);
    }
}
