package org.vfmworkbook.web;

import io.quarkus.qute.TemplateData;

/**
 * A row of a GOV.UK summary list. {@code changeHref} and {@code changeHiddenText} may be null (no "Change" link); the hidden text completes
 * "Change" for screen readers ("Change <b>spend per head answer</b>").
 */
@TemplateData
public record SummaryRow(String key, String value, String changeHref, String changeHiddenText) {

    public SummaryRow(String key, String value) {
        this(key, value, null, null);
    }

    public boolean hasChange() {
        return changeHref != null;
    }
}
