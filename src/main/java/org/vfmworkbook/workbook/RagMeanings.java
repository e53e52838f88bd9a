package org.vfmworkbook.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.web.RadioItem;

/**
 * The red, amber and green options of a judgement question, each with its meaning. Steps state the meanings in the
 * question's hint ("Green: in line or explained. Amber: partly. Red: marked and unexplained."); a meaning the hint
 * leaves out falls back to the general one.
 */
final class RagMeanings {

    private static final Map<String, String> GENERAL = Map.of(
            "Red", "A marked difference that is not yet explained.",
            "Amber", "Partly explained.",
            "Green", "In line with others, or fully explained.");

    private RagMeanings() {
    }

    static List<RadioItem> items(String hint) {
        Map<String, String> meanings = new LinkedHashMap<>(GENERAL);
        if (hint != null) {
            for (String part : hint.split("(?=\\b(Green|Amber|Red):)")) {
                int colon = part.indexOf(':');
                String label = colon < 0 ? "" : part.substring(0, colon).strip();
                if (meanings.containsKey(label)) {
                    String meaning = part.substring(colon + 1).strip();
                    meanings.put(label, FormNumbers.capitalise(meaning.endsWith(".") ? meaning : meaning + "."));
                }
            }
        }
        return List.of(new RadioItem("red", "Red", meanings.get("Red")), new RadioItem("amber", "Amber", meanings.get("Amber")),
                new RadioItem("green", "Green", meanings.get("Green")));
    }

    /** The words for a saved choice, for check-answers and the summary. */
    static String describe(String choice) {
        if (choice == null) {
            return null;
        }
        return FormNumbers.capitalise(choice);
    }
}
