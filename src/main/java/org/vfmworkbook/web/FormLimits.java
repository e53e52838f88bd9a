package org.vfmworkbook.web;

import java.util.Locale;

/**
 * How much a form may hold. Fields are limited in characters (code points: "€" and "😀" are one character each, though UTF-8 takes 3 and 4
 * bytes and a form post sends each byte as {@code %XX}). The HTTP limits in {@code application.properties} are set from these, with room
 * to spare, so that text a little over its limit still reaches the form's own check and comes back with its error and the text kept
 * ({@code FormLimitsTest} holds them to it); past the HTTP limits {@link RequestTooLarge} answers with a page that names them.
 */
public final class FormLimits {

    /** An answer to a challenge question, the director's summary. */
    public static final int ANSWER_CHARACTERS = 10_000;
    /** The longest text any form takes (peer-challenge session notes). */
    public static final int LONGEST_FIELD_CHARACTERS = 20_000;
    /** The most bytes one character takes in a form post: four bytes of UTF-8, each sent as three ({@code %F0%9F%98%80}). */
    public static final int MOST_POSTED_BYTES_PER_CHARACTER = 12;

    private FormLimits() {}

    /** The number of characters a person sees: code points, not UTF-16 units (an emoji is one, not two). */
    public static int characters(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** "10,000". */
    public static String number(int characters) {
        return String.format(Locale.UK, "%,d", characters);
    }

    /** A byte count in the units people read: 10485760 is "10 MB", 262144 "256 KB". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.UK, "%,d bytes", bytes);
    }
}
