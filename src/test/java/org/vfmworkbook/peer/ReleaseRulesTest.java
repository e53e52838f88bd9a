package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.security.User;

/**
 * Every role, in every relation to Darlington (a North East council), director or not, at each release stage, against the rule
 * written out as a table (ADR 0011): who sees Darlington named.
 */
class ReleaseRulesTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String SOUTH_EAST = "E12000008";
    private static final String DARLINGTON = "E06000005";
    private static final String HARTLEPOOL = "E06000001"; // another North East council
    private static final String KENT = "E10000016"; // another region

    /** How the person's account relates to Darlington. */
    private enum Relation {
        OWN_COUNCIL,
        OTHER_COUNCIL_IN_REGION,
        OTHER_REGION,
        NO_COUNCIL
    }

    /**
     * @param named whether Darlington is named to them when unreleased, released to peers and released to all: Y or N for each,
     *            in that order
     */
    private record Row(Role role, Relation relation, boolean director, String named) {}

    private static final List<Row> TABLE = List.of(
            // The council's own people always see it named.
            new Row(Role.COUNCIL_EDITOR, Relation.OWN_COUNCIL, true, "YYY"),
            new Row(Role.COUNCIL_EDITOR, Relation.OWN_COUNCIL, false, "YYY"),
            new Row(Role.COUNCIL_VIEWER, Relation.OWN_COUNCIL, true, "YYY"),
            new Row(Role.COUNCIL_VIEWER, Relation.OWN_COUNCIL, false, "YYY"),
            // The region's directors see it first; the region's other editors and viewers once it is released to peers.
            new Row(Role.COUNCIL_EDITOR, Relation.OTHER_COUNCIL_IN_REGION, true, "YYY"),
            new Row(Role.COUNCIL_EDITOR, Relation.OTHER_COUNCIL_IN_REGION, false, "NYY"),
            new Row(Role.COUNCIL_VIEWER, Relation.OTHER_COUNCIL_IN_REGION, true, "NYY"), // a viewer is never a director
            new Row(Role.COUNCIL_VIEWER, Relation.OTHER_COUNCIL_IN_REGION, false, "NYY"),
            // The region's peer reviewers are peers, also one whose account belongs to Darlington itself.
            new Row(Role.PEER_REVIEWER, Relation.OWN_COUNCIL, true, "NYY"),
            new Row(Role.PEER_REVIEWER, Relation.OWN_COUNCIL, false, "NYY"),
            new Row(Role.PEER_REVIEWER, Relation.OTHER_COUNCIL_IN_REGION, true, "NYY"),
            new Row(Role.PEER_REVIEWER, Relation.OTHER_COUNCIL_IN_REGION, false, "NYY"),
            // Other regions (their directors too), and anyone with no council, once it is released to all.
            new Row(Role.COUNCIL_EDITOR, Relation.OTHER_REGION, true, "NNY"),
            new Row(Role.COUNCIL_EDITOR, Relation.OTHER_REGION, false, "NNY"),
            new Row(Role.COUNCIL_VIEWER, Relation.OTHER_REGION, true, "NNY"),
            new Row(Role.COUNCIL_VIEWER, Relation.OTHER_REGION, false, "NNY"),
            new Row(Role.PEER_REVIEWER, Relation.OTHER_REGION, true, "NNY"),
            new Row(Role.PEER_REVIEWER, Relation.OTHER_REGION, false, "NNY"),
            new Row(Role.COUNCIL_EDITOR, Relation.NO_COUNCIL, true, "NNY"),
            new Row(Role.COUNCIL_EDITOR, Relation.NO_COUNCIL, false, "NNY"),
            new Row(Role.COUNCIL_VIEWER, Relation.NO_COUNCIL, true, "NNY"),
            new Row(Role.COUNCIL_VIEWER, Relation.NO_COUNCIL, false, "NNY"),
            new Row(Role.PEER_REVIEWER, Relation.NO_COUNCIL, true, "NNY"),
            new Row(Role.PEER_REVIEWER, Relation.NO_COUNCIL, false, "NNY"),
            // Administrators belong to no council (an account that somehow had one gains nothing by it).
            new Row(Role.ADMINISTRATOR, Relation.NO_COUNCIL, true, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.NO_COUNCIL, false, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.OWN_COUNCIL, true, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.OWN_COUNCIL, false, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.OTHER_COUNCIL_IN_REGION, true, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.OTHER_COUNCIL_IN_REGION, false, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.OTHER_REGION, true, "NNY"),
            new Row(Role.ADMINISTRATOR, Relation.OTHER_REGION, false, "NNY"));

    private static User user(Row row) {
        String council = switch (row.relation()) {
            case OWN_COUNCIL -> DARLINGTON;
            case OTHER_COUNCIL_IN_REGION -> HARTLEPOOL;
            case OTHER_REGION -> KENT;
            case NO_COUNCIL -> null;
        };
        String region = council == null ? null : council.equals(KENT) ? SOUTH_EAST : NORTH_EAST;
        return new User("someone@example.gov.uk", "Someone", row.role(), council, region, true, row.director());
    }

    @Test
    void theTableCoversEveryRoleRelationAndDirectorFlagOnce() {
        Set<String> combinations = new HashSet<>();
        TABLE.forEach(row -> combinations.add(row.role() + " " + row.relation() + " " + row.director()));
        assertThat(combinations).hasSize(TABLE.size()).hasSize(Role.values().length * Relation.values().length * 2);
    }

    @Test
    void namesDarlingtonExactlyAsTheTableSaysAtEveryStage() {
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            for (ReleaseStage stage : ReleaseStage.values()) {
                boolean expected = row.named().charAt(stage.ordinal()) == 'Y';
                if (ReleaseRules.namedTo(user(row), DARLINGTON, NORTH_EAST, stage) != expected) {
                    wrong.add(row + " at " + stage + ": expected " + (expected ? "named" : "a letter"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymousVisitorsSeeNoCouncilNamedAtAnyStage() {
        for (ReleaseStage stage : ReleaseStage.values()) {
            assertThat(ReleaseRules.namedTo(null, DARLINGTON, NORTH_EAST, stage))
                    .isFalse();
        }
    }

    @Test
    void aCouncilWithNoStageRecordedIsUnreleased() {
        User peer = user(new Row(Role.COUNCIL_EDITOR, Relation.OTHER_COUNCIL_IN_REGION, false, "NYY"));
        assertThat(ReleaseRules.namedTo(peer, DARLINGTON, NORTH_EAST, null)).isFalse();
        assertThat(new CouncilVisibility(peer, NORTH_EAST, java.util.Map.of()).named(DARLINGTON))
                .isFalse();
        assertThat(new CouncilVisibility(peer, NORTH_EAST, java.util.Map.of(DARLINGTON, ReleaseStage.PEERS))
                        .named(DARLINGTON))
                .isTrue();
    }

    @Test
    void onlyADirectorOfTheCouncilChangesItsStage() {
        for (Row row : TABLE) {
            boolean expected =
                    row.role() == Role.COUNCIL_EDITOR && row.director() && row.relation() == Relation.OWN_COUNCIL;
            assertThat(ReleaseRules.canRelease(user(row), DARLINGTON))
                    .as(row.toString())
                    .isEqualTo(expected);
        }
        assertThat(ReleaseRules.canRelease(null, DARLINGTON)).isFalse();
    }

    @Test
    void anAnonymisedViewNamesOnlyTheViewersOwnCouncilWhateverIsReleased() {
        User hartlepoolDirector = user(new Row(Role.COUNCIL_EDITOR, Relation.OTHER_COUNCIL_IN_REGION, true, "YYY"));
        CouncilVisibility visibility =
                new CouncilVisibility(hartlepoolDirector, NORTH_EAST, java.util.Map.of(DARLINGTON, ReleaseStage.ALL));
        assertThat(visibility.namedAmong(List.of(DARLINGTON, HARTLEPOOL), false))
                .containsExactlyInAnyOrder(DARLINGTON, HARTLEPOOL);
        assertThat(visibility.namedAmong(List.of(DARLINGTON, HARTLEPOOL), true)).containsExactly(HARTLEPOOL);
        assertThat(visibility.needsLetters(List.of(DARLINGTON, HARTLEPOOL), false))
                .isFalse();
        assertThat(visibility.needsLetters(List.of(DARLINGTON, HARTLEPOOL), true))
                .isTrue();
    }

    @Test
    void lettersComeFirstThenNamedCouncilsAlphabeticallyAndOnlyUnreleasedCouncilsAreLetters() {
        List<String> codes = List.of("C1", "C2", "C3", "C4");
        java.util.Map<String, String> names = java.util.Map.of("C1", "Zeta", "C2", "Alpha", "C3", "Mu", "C4", "Beta");
        CouncilLabels labels = CouncilLabels.shown(codes, names, Set.of("C1", "C2"), false, 7L);
        assertThat(labels.label("C1")).isEqualTo("Zeta");
        assertThat(labels.label("C2")).isEqualTo("Alpha");
        assertThat(List.of(labels.label("C3"), labels.label("C4"))).containsExactlyInAnyOrder("Council A", "Council B");
        assertThat(codes.stream().sorted(labels.order()).map(labels::label).toList())
                .containsExactly("Council A", "Council B", "Alpha", "Zeta");
        assertThat(labels.withheld()).isTrue();
        assertThat(labels.anonymised()).isFalse();
        assertThat(CouncilLabels.shown(codes, names, Set.copyOf(codes), false, null)
                        .withheld())
                .isFalse();
    }
}
