package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.security.User;

/**
 * Every role, in every relation to a North East session, against the rules written out as a table: who sees it, joins,
 * withdraws a council, challenges, replies and facilitates. The central promise: nobody outside the session sees it.
 */
class SessionAccessRulesTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String SOUTH_EAST = "E12000008";
    private static final String DARLINGTON = "E06000005"; // taking part
    private static final String HARTLEPOOL = "E06000001"; // North East, not taking part
    private static final String KENT = "E10000016"; // another region
    private static final String FACILITATOR = "facilitator@example.gov.uk";

    private static final SessionAccess SESSION = new SessionAccess(FACILITATOR, NORTH_EAST, Set.of(DARLINGTON));

    private static User user(String username, Role role, String council) {
        String region = council == null ? null : council.equals(KENT) ? SOUTH_EAST : NORTH_EAST;
        return new User(username, "Someone", role, council, region, false);
    }

    private static User someone(Role role, String council) {
        return user("someone@example.gov.uk", role, council);
    }

    /** who; sees; joins (with its own workbook); withdraws Darlington; challenges Darlington; replies for Darlington; facilitates. */
    private record Expected(
            String who,
            User user,
            boolean sees,
            boolean joins,
            boolean withdraws,
            boolean challenges,
            boolean replies,
            boolean facilitates) {}

    private static final List<Expected> TABLE = List.of(
            new Expected(
                    "the facilitator (a peer reviewer of the region)",
                    user(FACILITATOR, Role.PEER_REVIEWER, HARTLEPOOL),
                    true,
                    false,
                    true,
                    true,
                    false,
                    true),
            new Expected(
                    "its starter, a peer reviewer of another region",
                    user(FACILITATOR, Role.PEER_REVIEWER, KENT),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "its starter, an administrator",
                    user(FACILITATOR, Role.ADMINISTRATOR, null),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "another administrator",
                    someone(Role.ADMINISTRATOR, null),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "a peer reviewer of the region",
                    someone(Role.PEER_REVIEWER, HARTLEPOOL),
                    true,
                    false,
                    false,
                    true,
                    false,
                    false),
            new Expected(
                    "a peer reviewer of another region",
                    someone(Role.PEER_REVIEWER, KENT),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "an editor of the council taking part",
                    someone(Role.COUNCIL_EDITOR, DARLINGTON),
                    true,
                    true,
                    true,
                    false,
                    true,
                    false),
            new Expected(
                    "a viewer of the council taking part",
                    someone(Role.COUNCIL_VIEWER, DARLINGTON),
                    true,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "an editor of a region's council not taking part",
                    someone(Role.COUNCIL_EDITOR, HARTLEPOOL),
                    false,
                    true,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "a viewer of a region's council not taking part",
                    someone(Role.COUNCIL_VIEWER, HARTLEPOOL),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected(
                    "an editor of another region's council",
                    someone(Role.COUNCIL_EDITOR, KENT),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false),
            new Expected("nobody signed in", null, false, false, false, false, false, false));

    @Test
    void eachPersonSeesAndDoesWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Expected e : TABLE) {
            String ownCouncil = e.user() == null ? null : e.user().councilCode();
            check(wrong, e.who() + " sees", SessionAccessRules.canSee(e.user(), SESSION), e.sees());
            check(wrong, e.who() + " joins", SessionAccessRules.canJoinWith(e.user(), SESSION, ownCouncil), e.joins());
            check(
                    wrong,
                    e.who() + " withdraws Darlington",
                    SessionAccessRules.canWithdraw(e.user(), SESSION, DARLINGTON),
                    e.withdraws());
            check(
                    wrong,
                    e.who() + " challenges Darlington",
                    SessionAccessRules.canChallenge(e.user(), SESSION, DARLINGTON),
                    e.challenges());
            check(
                    wrong,
                    e.who() + " replies for Darlington",
                    SessionAccessRules.canReply(e.user(), SESSION, DARLINGTON),
                    e.replies());
            check(
                    wrong,
                    e.who() + " facilitates",
                    SessionAccessRules.canFacilitate(e.user(), SESSION),
                    e.facilitates());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCouncilJoinsOnlyWithItsOwnWorkbook() {
        User hartlepoolEditor = someone(Role.COUNCIL_EDITOR, HARTLEPOOL);
        assertThat(SessionAccessRules.canJoinWith(hartlepoolEditor, SESSION, HARTLEPOOL))
                .isTrue();
        assertThat(SessionAccessRules.canJoinWith(hartlepoolEditor, SESSION, DARLINGTON))
                .isFalse();
    }

    @Test
    void nobodyChallengesOrRepliesForACouncilNotTakingPart() {
        for (Expected e : TABLE) {
            assertThat(SessionAccessRules.canChallenge(e.user(), SESSION, HARTLEPOOL))
                    .as(e.who())
                    .isFalse();
            assertThat(SessionAccessRules.canReply(e.user(), SESSION, HARTLEPOOL))
                    .as(e.who())
                    .isFalse();
        }
    }

    @Test
    void anotherCouncilTakingPartChallengesButDoesNotReplyForIt() {
        SessionAccess both = new SessionAccess(FACILITATOR, NORTH_EAST, Set.of(DARLINGTON, HARTLEPOOL));
        User hartlepoolEditor = someone(Role.COUNCIL_EDITOR, HARTLEPOOL);
        assertThat(SessionAccessRules.canChallenge(hartlepoolEditor, both, DARLINGTON))
                .isTrue();
        assertThat(SessionAccessRules.canChallenge(hartlepoolEditor, both, HARTLEPOOL))
                .isFalse();
        assertThat(SessionAccessRules.canReply(hartlepoolEditor, both, DARLINGTON))
                .isFalse();
    }

    @Test
    void aWithdrawnCouncilNoLongerSeesTheSession() {
        SessionAccess afterWithdrawing = new SessionAccess(FACILITATOR, NORTH_EAST, Set.of());
        assertThat(SessionAccessRules.canSee(someone(Role.COUNCIL_EDITOR, DARLINGTON), afterWithdrawing))
                .isFalse();
        assertThat(SessionAccessRules.canSee(someone(Role.COUNCIL_VIEWER, DARLINGTON), afterWithdrawing))
                .isFalse();
    }

    @Test
    void anAnonymisedViewNamesOnlyACouncilMembersOwnCouncil() {
        assertThat(SessionAccessRules.ownCouncilShownByName(someone(Role.COUNCIL_EDITOR, DARLINGTON)))
                .isEqualTo(DARLINGTON);
        assertThat(SessionAccessRules.ownCouncilShownByName(someone(Role.COUNCIL_VIEWER, HARTLEPOOL)))
                .isEqualTo(HARTLEPOOL);
        assertThat(SessionAccessRules.ownCouncilShownByName(someone(Role.PEER_REVIEWER, DARLINGTON)))
                .isNull();
        assertThat(SessionAccessRules.ownCouncilShownByName(someone(Role.ADMINISTRATOR, null)))
                .isNull();
        assertThat(SessionAccessRules.ownCouncilShownByName(null)).isNull();
    }

    @Test
    void onlyPeerReviewersStartSessionsAndOnlyForTheirOwnRegion() {
        User kentReviewer = someone(Role.PEER_REVIEWER, KENT);
        assertThat(SessionAccessRules.canStartSessions(kentReviewer)).isTrue();
        assertThat(SessionAccessRules.canStartSessionFor(kentReviewer, SOUTH_EAST))
                .isTrue();
        assertThat(SessionAccessRules.canStartSessionFor(kentReviewer, NORTH_EAST))
                .isFalse();
        for (User other : new User[] {
            someone(Role.ADMINISTRATOR, null),
            someone(Role.COUNCIL_EDITOR, KENT),
            someone(Role.COUNCIL_VIEWER, KENT),
            new User("r@example.gov.uk", "R", Role.PEER_REVIEWER, null, null, false),
            null
        }) {
            assertThat(SessionAccessRules.canStartSessions(other))
                    .as(String.valueOf(other))
                    .isFalse();
            assertThat(SessionAccessRules.canStartSessionFor(other, SOUTH_EAST))
                    .as(String.valueOf(other))
                    .isFalse();
        }
    }

    private static void check(List<String> wrong, String what, boolean actual, boolean expected) {
        if (actual != expected) {
            wrong.add(what + ": expected " + expected + " but was " + actual);
        }
    }
}
