package org.vfmworkbook.findings;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A year where a series is not like the years around it, marked on the trend chart and in its table. COVID-19
 * disrupted services and recording in 2020-21 and 2021-22; from 2024-25 Client Level Data replaced the SALT return, so
 * activity counts are collected differently (a change across that line is not narrated as a change).
 */
@TemplateData
public record SeriesBreak(String year, Kind kind, String description) {

    public enum Kind {
        /** Services and recording disrupted: a change is told with a caution. */
        COVID,
        /** A new collection: figures before and after are not comparable, so no change is told across it. */
        NEW_COLLECTION
    }

    static final List<SeriesBreak> KNOWN = List.of(
            new SeriesBreak("2020-21", Kind.COVID, "COVID-19 year: services and recording were disrupted"),
            new SeriesBreak("2021-22", Kind.COVID, "COVID-19 year: services and recording were disrupted"),
            new SeriesBreak(
                    "2024-25",
                    Kind.NEW_COLLECTION,
                    "Client Level Data replaced the SALT return: figures from this year are collected differently"));

    /** The breaks that fall in the years shown, oldest first. */
    static List<SeriesBreak> within(List<String> years) {
        return KNOWN.stream().filter(b -> years.contains(b.year())).toList();
    }

    /** Whether a year-on-year change from {@code from} to {@code to} crosses the move to Client Level Data. */
    static boolean newCollectionBetween(String from, String to) {
        return KNOWN.stream()
                .filter(b -> b.kind() == Kind.NEW_COLLECTION)
                .anyMatch(b -> from.compareTo(b.year()) < 0 && to.compareTo(b.year()) >= 0);
    }

    /** Whether either year of a change is a COVID-19 year. */
    static boolean covidIn(String from, String to) {
        return KNOWN.stream()
                .filter(b -> b.kind() == Kind.COVID)
                .anyMatch(b -> b.year().equals(from) || b.year().equals(to));
    }
}
