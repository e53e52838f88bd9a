package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.CouncilType;
import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;

/**
 * Choosing a workbook's own comparison group: the councils it may hold (every council with data in the workbook's year but its own),
 * those chosen, and a filter by name, type and region that narrows what is listed without losing what is chosen. Pure: no Quarkus
 * types beyond the template annotation.
 */
@TemplateData
public record CustomGroupChoice(
        List<CouncilRecord> candidates, Set<String> chosen, Filter filter, boolean startedFromNeighbours) {

    /** Fewer councils than this make quartiles and a median that say little. */
    public static final int MINIMUM = 5;

    /** What the list is narrowed to: words in the name, a kind of council, a region (each blank for any). */
    @TemplateData
    public record Filter(String search, String type, String region) {

        public Filter {
            search = search == null ? "" : search.strip();
            type = type == null ? "" : type.strip();
            region = region == null ? "" : region.strip();
        }

        public static Filter none() {
            return new Filter("", "", "");
        }

        public boolean active() {
            return !search.isEmpty() || !type.isEmpty() || !region.isEmpty();
        }

        boolean matches(CouncilRecord council) {
            String name = council.name().toLowerCase(Locale.UK);
            boolean named = Arrays.stream(search.toLowerCase(Locale.UK).split("\\s+"))
                    .allMatch(word -> word.isEmpty() || name.contains(word));
            return named
                    && (type.isEmpty()
                            || council.type() != null && council.type().name().equals(type))
                    && (region.isEmpty() || region.equals(council.regionCode()));
        }
    }

    public CustomGroupChoice {
        candidates = candidates.stream()
                .sorted(Comparator.comparing(CouncilRecord::name))
                .toList();
        chosen = Set.copyOf(chosen);
    }

    /** Codes as a query parameter carries them: "E10000016,E10000014"; unknown and repeated codes are dropped. */
    public static Set<String> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The councils the filter lists, each with its kind and region as the hint; those chosen are ticked. */
    public List<RadioItem> listed() {
        return candidates.stream()
                .filter(filter::matches)
                .map(council -> new RadioItem(council.code(), council.name(), describe(council)))
                .toList();
    }

    /** Chosen councils the filter does not list: kept as hidden fields so that saving keeps them. */
    public List<String> chosenNotListed() {
        return candidates.stream()
                .filter(council -> chosen.contains(council.code()) && !filter.matches(council))
                .map(CouncilRecord::code)
                .toList();
    }

    /** The names of the chosen councils, alphabetically. */
    public List<String> chosenNames() {
        return candidates.stream()
                .filter(council -> chosen.contains(council.code()))
                .map(CouncilRecord::name)
                .toList();
    }

    public List<String> chosenValues() {
        return chosen.stream().sorted().toList();
    }

    /** The chosen codes as the {@code chosen} query parameter carries them. */
    public String chosenParameter() {
        return String.join(",", chosenValues());
    }

    public int chosenCount() {
        return chosenNames().size();
    }

    /** "Any type of council", then each type. */
    public List<RadioItem> types() {
        List<RadioItem> items = new ArrayList<>();
        items.add(new RadioItem("", "Any type of council"));
        Arrays.stream(CouncilType.values()).forEach(type -> items.add(new RadioItem(type.name(), type.label())));
        return items;
    }

    /** "Any region", then the nine regions. */
    public List<RadioItem> regions() {
        List<RadioItem> items = new ArrayList<>();
        items.add(new RadioItem("", "Any region"));
        Regions.ALL.forEach(region -> items.add(new RadioItem(region.code(), region.name())));
        return items;
    }

    /**
     * What is wrong with saving {@code codes} as the group of {@code ownCode}'s workbook: its own council, a council it cannot hold,
     * or fewer than {@link #MINIMUM}.
     */
    public static FormErrors problems(String ownCode, List<String> codes, Set<String> allowed) {
        Set<String> distinct = new LinkedHashSet<>(codes);
        if (distinct.contains(ownCode)) {
            return FormErrors.none()
                    .with("councils", "Your own council is compared with the group, so it cannot be in it: untick it");
        }
        if (!allowed.containsAll(distinct)) {
            return FormErrors.none().with("councils", "Choose councils from the list");
        }
        if (distinct.size() < MINIMUM) {
            return FormErrors.none()
                    .with(
                            "councils",
                            "Choose at least " + MINIMUM + " councils, so that the group's median and quartiles mean"
                                    + " something (you chose " + distinct.size() + ")");
        }
        return FormErrors.none();
    }

    private static String describe(CouncilRecord council) {
        String type = council.type() == null ? null : council.type().label();
        String region = council.regionName();
        if (type == null) {
            return region;
        }
        return region == null ? type : type + ", " + region;
    }
}
