package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.CouncilType;
import org.vfmworkbook.web.RadioItem;

/** The custom group chooser's filter and checks, on a synthetic handful of councils (codes as published, names shortened). */
class CustomGroupChoiceTest {

    private static final CouncilRecord KENT =
            council("E10000016", "Kent", CouncilType.COUNTY, "E12000008", "South East");
    private static final CouncilRecord SURREY =
            council("E10000030", "Surrey", CouncilType.COUNTY, "E12000008", "South East");
    private static final CouncilRecord NORTH_YORKSHIRE =
            council("E10000023", "North Yorkshire", CouncilType.COUNTY, "E12000003", "Yorkshire and The Humber");
    private static final CouncilRecord YORK =
            council("E06000014", "York", CouncilType.UNITARY, "E12000003", "Yorkshire and The Humber");
    private static final CouncilRecord CAMDEN =
            council("E09000007", "Camden", CouncilType.LONDON_BOROUGH, "E12000007", "London");
    private static final List<CouncilRecord> ALL = List.of(YORK, SURREY, CAMDEN, NORTH_YORKSHIRE, KENT);

    @Test
    void listsCouncilsAlphabeticallyWithTheirTypeAndRegionAndTicksTheChosen() {
        CustomGroupChoice choice =
                new CustomGroupChoice(ALL, Set.of("E10000030"), CustomGroupChoice.Filter.none(), false);

        assertThat(choice.listed())
                .extracting(RadioItem::text)
                .containsExactly("Camden", "Kent", "North Yorkshire", "Surrey", "York");
        assertThat(choice.listed().get(3).hint()).isEqualTo("County council, South East");
        assertThat(choice.chosenValues()).containsExactly("E10000030");
        assertThat(choice.chosenNotListed()).isEmpty();
    }

    @Test
    void theFilterNarrowsByEveryWordOfTheNameByTypeAndByRegion() {
        assertThat(listed(new CustomGroupChoice.Filter("york", "", ""))).containsExactly("North Yorkshire", "York");
        assertThat(listed(new CustomGroupChoice.Filter("  YORK north ", "", "")))
                .containsExactly("North Yorkshire");
        assertThat(listed(new CustomGroupChoice.Filter("", "COUNTY", "")))
                .containsExactly("Kent", "North Yorkshire", "Surrey");
        assertThat(listed(new CustomGroupChoice.Filter("", "", "E12000003")))
                .containsExactly("North Yorkshire", "York");
        assertThat(listed(new CustomGroupChoice.Filter("", "UNITARY", "E12000008")))
                .isEmpty();
    }

    @Test
    void chosenCouncilsTheFilterHidesAreKeptForSaving() {
        CustomGroupChoice choice = new CustomGroupChoice(
                ALL, Set.of("E10000030", "E06000014"), new CustomGroupChoice.Filter("york", "", ""), false);

        assertThat(choice.chosenNotListed()).containsExactly("E10000030");
        assertThat(choice.chosenNames()).containsExactly("Surrey", "York");
        assertThat(choice.chosenParameter()).isEqualTo("E06000014,E10000030");
    }

    @Test
    void aGroupNeedsFiveCouncilsNotTheCouncilItselfAndOnlyCouncilsItMayHold() {
        Set<String> allowed = Set.of("A", "B", "C", "D", "E", "F");

        assertThat(CustomGroupChoice.problems("K", List.of("A", "B", "C", "D", "E"), allowed)
                        .isEmpty())
                .isTrue();
        assertThat(CustomGroupChoice.problems("K", List.of("A", "B", "C", "D", "D"), allowed)
                        .message("councils"))
                .isEqualTo("Choose at least 5 councils, so that the group's median and quartiles mean something (you"
                        + " chose 4)");
        assertThat(CustomGroupChoice.problems("K", List.of(), allowed).message("councils"))
                .contains("you chose 0");
        assertThat(CustomGroupChoice.problems("A", List.of("A", "B", "C", "D", "E"), allowed)
                        .message("councils"))
                .startsWith("Your own council is compared with the group");
        assertThat(CustomGroupChoice.problems("K", List.of("A", "B", "C", "D", "Z"), allowed)
                        .message("councils"))
                .isEqualTo("Choose councils from the list");
    }

    @Test
    void chosenCodesFromTheQueryAreTrimmedAndDeduplicated() {
        assertThat(CustomGroupChoice.parse(" E1, E2,,E1 ")).containsExactly("E1", "E2");
        assertThat(CustomGroupChoice.parse(null)).isEmpty();
    }

    private static List<String> listed(CustomGroupChoice.Filter filter) {
        return new CustomGroupChoice(ALL, Set.of(), filter, false)
                .listed().stream().map(RadioItem::text).toList();
    }

    private static CouncilRecord council(String code, String name, CouncilType type, String region, String regionName) {
        return new CouncilRecord(code, name, type, region, regionName, null, null, null, List.of());
    }
}
