package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every combination of role, council, sharing and sign-off against the rules written out as a table. The central promise: a council's
 * unshared workbook is invisible to every other council, whoever they are.
 */
class AccessRulesTest {

    private static final String KENT = "E10000016";
    private static final String SOUTH_EAST = "E12000008";
    private static final String SURREY = "E10000030";
    private static final String LEEDS = "E08000035";
    private static final String YORKSHIRE = "E12000003";

    enum Sharing {
        UNSHARED,
        WITH_THIS_USER,
        WITH_THIS_USERS_REGION,
        WITH_ANOTHER_REGION,
        WITH_SOMEONE_ELSE
    }

    enum Council {
        OWN,
        OTHER_SAME_REGION,
        OTHER_REGION
    }

    private static User user(Role role, Council council, boolean canSignOff) {
        String code = role == Role.ADMINISTRATOR
                ? null
                : switch (council) {
                    case OWN -> KENT;
                    case OTHER_SAME_REGION -> SURREY;
                    case OTHER_REGION -> LEEDS;
                };
        String region = code == null ? null : code.equals(LEEDS) ? YORKSHIRE : SOUTH_EAST;
        return new User("someone@example.gov.uk", "Someone", role, code, region, canSignOff);
    }

    private static WorkbookAccess kentWorkbook(Sharing sharing, boolean signedOff, User user) {
        return switch (sharing) {
            case UNSHARED -> WorkbookAccess.unshared(KENT, signedOff);
            case WITH_THIS_USER -> new WorkbookAccess(KENT, Set.of(user.username()), Set.of(), signedOff);
            case WITH_THIS_USERS_REGION ->
                new WorkbookAccess(
                        KENT, Set.of(), user.regionCode() == null ? Set.of() : Set.of(user.regionCode()), signedOff);
            case WITH_ANOTHER_REGION -> new WorkbookAccess(KENT, Set.of(), Set.of("E12000001"), signedOff);
            case WITH_SOMEONE_ELSE -> new WorkbookAccess(KENT, Set.of("other@example.gov.uk"), Set.of(), signedOff);
        };
    }

    /** The rules, restated independently of the implementation. */
    private static boolean expectedRead(Role role, Council council, Sharing sharing) {
        if (role == Role.ADMINISTRATOR) {
            return false;
        }
        boolean ownMember = council == Council.OWN && (role == Role.COUNCIL_EDITOR || role == Role.COUNCIL_VIEWER);
        boolean byName = sharing == Sharing.WITH_THIS_USER;
        boolean byRegion = sharing == Sharing.WITH_THIS_USERS_REGION && role == Role.PEER_REVIEWER;
        return ownMember || byName || byRegion;
    }

    private static boolean expectedEdit(Role role, Council council, boolean signedOff) {
        return role == Role.COUNCIL_EDITOR && council == Council.OWN && !signedOff;
    }

    @Test
    void everyCombinationFollowsTheTable() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Role role : Role.values()) {
            for (Council council : Council.values()) {
                for (Sharing sharing : Sharing.values()) {
                    for (boolean signedOff : new boolean[] {false, true}) {
                        for (boolean canSignOff : new boolean[] {false, true}) {
                            cases++;
                            User user = user(role, council, canSignOff);
                            WorkbookAccess workbook = kentWorkbook(sharing, signedOff, user);
                            String situation = role + "/" + council + "/" + sharing + "/signedOff=" + signedOff
                                    + "/canSignOff=" + canSignOff;
                            check(
                                    wrong,
                                    situation + " read",
                                    AccessRules.canReadWorkbook(user, workbook),
                                    expectedRead(role, council, sharing));
                            check(
                                    wrong,
                                    situation + " edit",
                                    AccessRules.canEditWorkbook(user, workbook),
                                    expectedEdit(role, council, signedOff));
                            check(
                                    wrong,
                                    situation + " sign off",
                                    AccessRules.canSignOff(user, workbook),
                                    expectedEdit(role, council, signedOff) && canSignOff);
                            check(
                                    wrong,
                                    situation + " share",
                                    AccessRules.canShare(user, workbook),
                                    role == Role.COUNCIL_EDITOR && council == Council.OWN);
                            check(
                                    wrong,
                                    situation + " comment",
                                    AccessRules.canComment(user, workbook),
                                    role == Role.PEER_REVIEWER
                                            ? expectedRead(role, council, sharing)
                                            : role == Role.COUNCIL_EDITOR && council == Council.OWN);
                            check(
                                    wrong,
                                    situation + " administer",
                                    AccessRules.canAdminister(user),
                                    role == Role.ADMINISTRATOR);
                            check(
                                    wrong,
                                    situation + " import",
                                    AccessRules.canImportData(user),
                                    role == Role.ADMINISTRATOR);
                            check(
                                    wrong,
                                    situation + " create",
                                    AccessRules.canCreateWorkbookFor(user, KENT),
                                    role == Role.COUNCIL_EDITOR && council == Council.OWN);
                            check(
                                    wrong,
                                    situation + " new version",
                                    AccessRules.canStartNewVersion(user, workbook),
                                    role == Role.COUNCIL_EDITOR && council == Council.OWN && signedOff);
                        }
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(Role.values().length * 3 * 5 * 2 * 2);
        assertThat(wrong).isEmpty();
    }

    @Test
    void noOtherCouncilEverReadsOrChangesAnUnsharedWorkbook() {
        for (Role role : Role.values()) {
            for (Council council : new Council[] {Council.OTHER_SAME_REGION, Council.OTHER_REGION}) {
                User outsider = user(role, council, true);
                WorkbookAccess unshared = WorkbookAccess.unshared(KENT, false);
                assertThat(AccessRules.canReadWorkbook(outsider, unshared))
                        .as(role + " " + council)
                        .isFalse();
                assertThat(AccessRules.canEditWorkbook(outsider, unshared)).isFalse();
                assertThat(AccessRules.canSignOff(outsider, unshared)).isFalse();
                assertThat(AccessRules.canStartNewVersion(outsider, WorkbookAccess.unshared(KENT, true)))
                        .isFalse();
                assertThat(AccessRules.canShare(outsider, unshared)).isFalse();
                assertThat(AccessRules.canComment(outsider, unshared)).isFalse();
            }
        }
    }

    @Test
    void sharingIsReadOnly() {
        for (Role role : Role.values()) {
            User reader = user(role, Council.OTHER_REGION, true);
            WorkbookAccess shared = new WorkbookAccess(KENT, Set.of(reader.username()), Set.of(YORKSHIRE), false);
            assertThat(AccessRules.canEditWorkbook(reader, shared))
                    .as(role.name())
                    .isFalse();
            assertThat(AccessRules.canShare(reader, shared)).isFalse();
        }
    }

    @Test
    void anonymousVisitorsMayDoNothing() {
        WorkbookAccess open = new WorkbookAccess(KENT, Set.of("someone@example.gov.uk"), Set.of(SOUTH_EAST), false);
        assertThat(AccessRules.canReadWorkbook(null, open)).isFalse();
        assertThat(AccessRules.canEditWorkbook(null, open)).isFalse();
        assertThat(AccessRules.canSignOff(null, open)).isFalse();
        assertThat(AccessRules.canShare(null, open)).isFalse();
        assertThat(AccessRules.canComment(null, open)).isFalse();
        assertThat(AccessRules.canAdminister(null)).isFalse();
        assertThat(AccessRules.canImportData(null)).isFalse();
        assertThat(AccessRules.canCreateWorkbookFor(null, KENT)).isFalse();
        assertThat(AccessRules.canStartNewVersion(null, WorkbookAccess.unshared(KENT, true)))
                .isFalse();
    }

    @Test
    void aPeerReviewerWithNoKnownRegionSeesNothingSharedByRegion() {
        User reviewer = new User("r@example.gov.uk", "R", Role.PEER_REVIEWER, "E99999999", null, false);
        assertThat(AccessRules.canReadWorkbook(reviewer, new WorkbookAccess(KENT, Set.of(), Set.of(SOUTH_EAST), false)))
                .isFalse();
    }

    private static void check(List<String> wrong, String what, boolean actual, boolean expected) {
        if (actual != expected) {
            wrong.add(what + ": expected " + expected + " but was " + actual);
        }
    }
}
