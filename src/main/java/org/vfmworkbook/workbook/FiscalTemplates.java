package org.vfmworkbook.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import org.vfmworkbook.web.RadioItem;

/** What the fiscal-return fields of the action form need from Java: {@code {fiscal:basisItems}}. */
@TemplateExtension(namespace = "fiscal")
final class FiscalTemplates {

    private FiscalTemplates() {}

    static List<RadioItem> basisItems() {
        return Arrays.stream(FiscalDetail.Basis.values())
                .map(b -> new RadioItem(b.name().toLowerCase(Locale.ROOT), b.label()))
                .toList();
    }
}
