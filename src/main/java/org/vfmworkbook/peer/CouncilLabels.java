package org.vfmworkbook.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How councils are named in a regional view. By name, or as "Council A", "Council B", … with the letters drawn at random for each
 * viewing session (from its seed), so a position cannot be decoded from one session to the next. Anonymised, only the viewer's
 * own council keeps its name; otherwise the councils released to the viewer ({@link CouncilVisibility}) are named and the
 * rest are letters.
 */
public final class CouncilLabels {

    private final Map<String, String> labels;
    private final Set<String> named;
    private final boolean anonymised;

    private CouncilLabels(Map<String, String> labels, Set<String> named, boolean anonymised) {
        this.labels = labels;
        this.named = named;
        this.anonymised = anonymised;
    }

    public static CouncilLabels named(Map<String, String> namesByCode) {
        return new CouncilLabels(Map.copyOf(namesByCode), Set.copyOf(namesByCode.keySet()), false);
    }

    /** @param codes the region's councils; @param viewer the viewer's own council code, or null */
    public static CouncilLabels anonymised(
            List<String> codes, Map<String, String> namesByCode, String viewer, long seed) {
        return shown(codes, namesByCode, viewer == null ? Set.of() : Set.of(viewer), true, seed);
    }

    /**
     * Names the councils in {@code named} and gives the others letters drawn from {@code seed}.
     *
     * @param anonymised whether the person asked for the anonymised view (else some councils are letters only because they are
     *            not released to them)
     * @param seed needed when some council is a letter
     */
    public static CouncilLabels shown(
            List<String> codes, Map<String, String> namesByCode, Set<String> named, boolean anonymised, Long seed) {
        List<String> shuffled = new ArrayList<>(codes);
        Collections.sort(shuffled);
        if (!named.containsAll(codes)) {
            Collections.shuffle(shuffled, new java.util.Random(Objects.requireNonNull(seed, "letters need a seed")));
        }
        Map<String, String> labels = new HashMap<>();
        int letter = 0;
        for (String code : shuffled) {
            labels.put(code, named.contains(code) ? namesByCode.get(code) : "Council " + letterFor(letter++));
        }
        return new CouncilLabels(labels, Set.copyOf(named), anonymised);
    }

    /** A, B, … Z, AA, AB, … */
    static String letterFor(int index) {
        String letters = "";
        int n = index;
        do {
            letters = (char) ('A' + n % 26) + letters;
            n = n / 26 - 1;
        } while (n >= 0);
        return letters;
    }

    public String label(String code) {
        return labels.get(code);
    }

    /**
     * The order councils are listed in, by code: councils shown as letters first, by letter (which the seed drew at random), then
     * named councils alphabetically by name. Never by value.
     */
    public Comparator<String> order() {
        Comparator<String> byLetter =
                Comparator.comparing((String code) -> label(code).length()).thenComparing(this::label);
        return Comparator.comparing((String code) -> named.contains(code))
                .thenComparing((a, b) -> named.contains(a) ? label(a).compareTo(label(b)) : byLetter.compare(a, b));
    }

    /** Whether this council is shown by its name (not a letter). */
    public boolean named(String code) {
        return named.contains(code);
    }

    /** Whether the person asked for the anonymised view. */
    public boolean anonymised() {
        return anonymised;
    }

    /** Whether some councils are letters only because they are not yet released to this person (in a view asked for by name). */
    public boolean withheld() {
        return !anonymised && !named.containsAll(labels.keySet());
    }

    /** Whether any council is shown as a letter, so that nothing else on the page (a writer's name, say) may name one. */
    public boolean showsLetters() {
        return !named.containsAll(labels.keySet());
    }
}
