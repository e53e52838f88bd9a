package org.vfmworkbook.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How councils are named in a regional view. Named: by their names. Anonymised: "Council A", "Council B", …
 * with the letters drawn at random for each viewing session (from its seed), so a position cannot be decoded
 * from one session to the next; the viewer's own council keeps its name.
 */
public final class CouncilLabels {

    private final Map<String, String> labels;
    private final boolean anonymised;

    private CouncilLabels(Map<String, String> labels, boolean anonymised) {
        this.labels = labels;
        this.anonymised = anonymised;
    }

    public static CouncilLabels named(Map<String, String> namesByCode) {
        return new CouncilLabels(Map.copyOf(namesByCode), false);
    }

    /** @param codes the region's councils; @param viewer the viewer's own council code, or null */
    public static CouncilLabels anonymised(List<String> codes, Map<String, String> namesByCode, String viewer, long seed) {
        List<String> shuffled = new ArrayList<>(codes);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, String> labels = new HashMap<>();
        int letter = 0;
        for (String code : shuffled) {
            labels.put(code, code.equals(viewer) ? namesByCode.get(code) : "Council " + letterFor(letter++));
        }
        return new CouncilLabels(labels, true);
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
     * The order councils are listed in, by code: named, alphabetical by name; anonymised, by letter (which the seed drew
     * at random). Never by value.
     */
    public Comparator<String> order() {
        return anonymised ? Comparator.comparing((String code) -> label(code).length()).thenComparing(this::label)
                : Comparator.comparing(this::label);
    }

    public boolean anonymised() {
        return anonymised;
    }
}
