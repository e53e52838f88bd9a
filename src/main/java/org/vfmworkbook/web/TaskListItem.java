package org.vfmworkbook.web;

import io.quarkus.qute.TemplateData;

/**
 * A row of the GOV.UK task list. {@code href} null means the task cannot be started yet; {@code hint} may be null.
 */
@TemplateData
public record TaskListItem(String title, String href, String hint, Status status) {

    /** The GOV.UK task statuses: "Completed" is plain text, the others are tags. */
    public enum Status {
        NOT_STARTED("Not yet started", "govuk-tag--blue"),
        IN_PROGRESS("In progress", "govuk-tag--light-blue"),
        COMPLETED("Completed", null),
        CANNOT_START("Cannot start yet", null);

        private final String text;
        private final String tagClass;

        Status(String text, String tagClass) {
            this.text = text;
            this.tagClass = tagClass;
        }

        public String text() {
            return text;
        }

        public String tagClass() {
            return tagClass;
        }

        public boolean isTag() {
            return tagClass != null;
        }
    }

    public boolean hasLink() {
        return href != null;
    }

    public boolean hasHint() {
        return hint != null && !hint.isBlank();
    }
}
