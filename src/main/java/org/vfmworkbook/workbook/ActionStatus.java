package org.vfmworkbook.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.RadioItem;

/** Where an action stands when it is followed up: open (not started, on track, at risk) or closed (done, dropped). */
@TemplateData
public enum ActionStatus {
    NOT_STARTED("Not started", "govuk-tag--grey"),
    ON_TRACK("On track", "govuk-tag--green"),
    AT_RISK("At risk", "govuk-tag--orange"),
    DONE("Done", "govuk-tag--blue"),
    DROPPED("Dropped", "govuk-tag--purple");

    private final String label;
    private final String tagClass;

    ActionStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour the status is shown in. */
    public String tagClass() {
        return tagClass;
    }

    /** Still to be done: carried into next year's workbook. */
    public boolean open() {
        return this != DONE && this != DROPPED;
    }

    /** The value a form or a filter posts: {@code not-started}, {@code on-track}… */
    public String value() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<ActionStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }

    public static List<RadioItem> items() {
        return Arrays.stream(values())
                .map(s -> new RadioItem(s.value(), s.label))
                .toList();
    }
}
