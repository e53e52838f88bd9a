package org.vfmworkbook.report;

/**
 * Who the report is for, each with its layout ({@link ReportLayout}): lead members get a short summary (about six pages);
 * partners (the NHS and care providers) the steps that concern them with their actions; FULL has every step in detail.
 */
public enum Audience {
    MEMBERS,
    PARTNERS,
    FULL;

    /** "members", "partners" or "full" (any case), full when absent; anything else is null. */
    public static Audience parse(String text) {
        if (text == null || text.isBlank()) {
            return FULL;
        }
        for (Audience audience : values()) {
            if (audience.name().equalsIgnoreCase(text.strip())) {
                return audience;
            }
        }
        return null;
    }

    public ReportLayout layout() {
        return ReportLayout.of(this);
    }
}
