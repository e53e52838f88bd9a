package org.vfmworkbook.workbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * What the answers form showed for one question, carried back in two hidden fields: the saved answer's version ({@code null} when nothing
 * was saved yet) and a fingerprint of the answer as shown. With them a save tells apart an answer the person left as it was (kept as saved,
 * whoever changed it since), one they changed over the version they saw (saved), and one they changed while someone else saved the same
 * answer (a conflict). Each answer has its own version, so two people editing different questions of a step do not conflict.
 */
public record AnswerBasis(Long version, String shown) {

    private static final AnswerBasis NOTHING_SAVED = new AnswerBasis(null, fingerprint(null, null, List.of()));

    /** The basis of a form showing this saved answer ({@code null}: none saved). */
    static AnswerBasis of(SavedAnswer saved) {
        return saved == null
                ? NOTHING_SAVED
                : new AnswerBasis(saved.version(), fingerprint(saved.text(), saved.choice(), saved.links()));
    }

    /** From the hidden fields; {@code null} when the form carried none (a page rendered before answers had their own versions). */
    static AnswerBasis parse(String version, String shown) {
        if (version == null || shown == null) {
            return null;
        }
        if (version.isBlank()) {
            return new AnswerBasis(null, shown);
        }
        try {
            return new AnswerBasis(Long.parseLong(version.strip()), shown);
        } catch (NumberFormatException e) {
            return new AnswerBasis(-1L, shown); // never a saved version: treated as out of date
        }
    }

    /** The person submitted the answer exactly as the form showed it. */
    boolean leftAsShown(AnswerInput input) {
        return shown.equals(fingerprint(input.text(), input.choice(), input.links()));
    }

    /** The saved answer is still the one the form showed. */
    boolean isCurrent(SavedAnswer saved) {
        return saved == null ? version == null : version != null && version == saved.version();
    }

    /** The hidden version field's value: the version, or empty when nothing was saved. */
    public String versionValue() {
        return version == null ? "" : String.valueOf(version);
    }

    static String fingerprint(String text, String choice, List<SavedAnswer.Link> links) {
        String cleaned = AnswerInput.clean(text);
        String none = "\2"; // not a character anyone types, so no text or choice fingerprints as missing
        StringBuilder content = new StringBuilder()
                .append(cleaned == null ? none : cleaned)
                .append('\0')
                .append(choice == null ? none : choice);
        links.forEach(
                link -> content.append('\0').append(link.title()).append('\1').append(link.url()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
