package org.vfmworkbook.findings;

import org.vfmworkbook.web.Fmt;

/**
 * The sentence under a trend chart: the latest year-on-year change for the council and its region's median ("Up 4% on
 * 2020-21 (£495 to £515); the South East median rose 2%."), or why no change is told. Kept apart from
 * {@link NarrativeEngine}, which fills a step's own rules.
 */
final class TrendSentences {

    private TrendSentences() {}

    static String sentence(TrendCalculator.Subject s, YearOnYear change) {
        if (change == null) {
            return "No year-on-year change can be given: " + s.councilName()
                    + " does not have figures for two years in a row at the end of the series.";
        }
        return switch (change.reading()) {
            case NEW_COLLECTION ->
                "The change from " + change.from() + " to " + change.to() + " is not described: Client Level Data"
                        + " replaced the SALT return, so the two years are not comparable.";
            case SMALL_NUMBERS ->
                "The change from " + change.from() + " to " + change.to() + " is not described: " + s.councilName()
                        + "'s figure rests on fewer than 50 people in one of the years (SALT counts are rounded to 5),"
                        + " so a year-on-year change is unreliable.";
            case TOLD, TOLD_WITH_COVID_CAUTION -> told(s, change);
        };
    }

    private static String told(TrendCalculator.Subject s, YearOnYear change) {
        StringBuilder out = new StringBuilder();
        String own = movement(change.councilChange(), change.inPoints(), "Up", "Down", "Unchanged");
        out.append(own)
                .append(" on ")
                .append(change.from())
                .append(" (")
                .append(UnitFormat.format(s.unit(), change.councilFrom()))
                .append(" to ")
                .append(UnitFormat.format(s.unit(), change.councilTo()))
                .append(")");
        if (change.regionChange() != null) {
            out.append("; the ")
                    .append(s.regionName())
                    .append(" median ")
                    .append(movement(change.regionChange(), change.inPoints(), "rose", "fell", "did not change"));
        }
        out.append('.');
        if (change.reading() == YearOnYear.Reading.TOLD_WITH_COVID_CAUTION) {
            out.append(" Read with care: COVID-19 disrupted services and recording in 2020-21 and 2021-22.");
        }
        return out.toString();
    }

    /**
     * "Up 4%" (relative, to the whole per cent), "Up 3.6 percentage points" (per cent metrics, to one decimal place);
     * a change that rounds to nothing is "Unchanged".
     */
    static String movement(Double change, boolean inPoints, String up, String down, String same) {
        return movement(change, inPoints, up, down, same, " percentage points");
    }

    /** As {@link #movement(Double, boolean, String, String, String)}, with {@code points} after a change in points. */
    static String movement(Double change, boolean inPoints, String up, String down, String same, String points) {
        if (change == null) {
            return same;
        }
        int places = inPoints ? 1 : 0;
        String size = Fmt.decimal(Math.abs(change), places);
        if (Double.parseDouble(size.replace(",", "")) == 0) {
            return same;
        }
        return (change > 0 ? up : down) + " " + size + (inPoints ? points : "%");
    }
}
