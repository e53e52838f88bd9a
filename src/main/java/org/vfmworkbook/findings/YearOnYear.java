package org.vfmworkbook.findings;

import io.quarkus.qute.TemplateData;

/**
 * The change from the year before the newest to the newest: the council's and its region's median. For a metric in
 * per cent the change is in percentage points (62.2% to 65.8% is up 3.6 points); otherwise it is relative
 * ((new − old) ÷ old × 100: £495 to £515 is up 4.0%). {@code reading} says whether it may be told as a change.
 */
@TemplateData
public record YearOnYear(
        String from,
        String to,
        Double councilFrom,
        Double councilTo,
        Double councilChange,
        Double regionChange,
        boolean inPoints,
        Reading reading) {

    public enum Reading {
        /** Told as a change. */
        TOLD,
        /** Told, with a caution: one of the years is a COVID-19 year. */
        TOLD_WITH_COVID_CAUTION,
        /** Not told: a figure in one of the years rests on fewer than 50 (SALT counts are rounded to 5). */
        SMALL_NUMBERS,
        /** Not told: the years fall either side of the move from SALT to Client Level Data. */
        NEW_COLLECTION
    }

    /**
     * The council's change as a table cell gives it: "Up 4%", "Down 3.6 points" (a per cent metric, in percentage points),
     * "Unchanged".
     */
    public String councilMovement() {
        return TrendSentences.movement(councilChange, inPoints, "Up", "Down", "Unchanged", " points");
    }

    /** The region's median's change over the same years, as {@link #councilMovement()} gives the council's. */
    public String regionMovement() {
        return TrendSentences.movement(regionChange, inPoints, "Up", "Down", "Unchanged", " points");
    }

    public boolean told() {
        return reading == Reading.TOLD || reading == Reading.TOLD_WITH_COVID_CAUTION;
    }
}
