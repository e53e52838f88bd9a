package org.vfmworkbook.report;

/** Who the report is for: lead members get a short summary (about six pages); FULL has every step in detail. */
public enum Audience {
    MEMBERS,
    FULL;

    /** "members" or "full" (any case); anything else is null. */
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
}
