package org.vfmworkbook.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.vfmworkbook.peer.SessionAccess;
import org.vfmworkbook.peer.SessionAccessRules;
import org.vfmworkbook.testing.RawHttp;

/** What {@link AccessMatrixTest} expects of each canonical request, from the pure rules, and how it counts what it found. */
final class AccessMatrixOutcomes {

    static final String KENT = "E10000016";
    static final String SOUTH_EAST = "E12000008";
    static final String DARLINGTON = "E06000005";
    static final Set<Permission> SESSION_PERMISSIONS = EnumSet.of(
            Permission.SEE_SESSION,
            Permission.JOIN_SESSION,
            Permission.WITHDRAW_FROM_SESSION,
            Permission.CHALLENGE_IN_SESSION,
            Permission.REPLY_IN_SESSION,
            Permission.FACILITATE_SESSION);
    static final Set<Permission> WORKBOOK_PERMISSIONS = EnumSet.of(
            Permission.READ_WORKBOOK,
            Permission.EDIT_WORKBOOK,
            Permission.SHARE_WORKBOOK,
            Permission.SIGN_OFF_WORKBOOK,
            Permission.NEW_VERSION);

    private AccessMatrixOutcomes() {}

    enum Outcome {
        ALLOWED,
        HIDDEN,
        FORBIDDEN,
        SIGN_IN
    }

    /** What the matrix found: requests made, answers that differ from the rules, and the leaks among them. */
    static final class Tally {
        int requests;
        int leaks;
        final List<String> wrong = new ArrayList<>();
        final Set<String> routes = new TreeSet<>();

        void record(String situation, String wrongness, boolean leak) {
            requests++;
            if (leak) {
                leaks++;
            }
            if (wrongness != null || leak) {
                wrong.add((leak ? "LEAK " : "") + situation + ": " + wrongness);
            }
        }
    }

    /** What is wrong with the answer to the canonical path, or null; sets {@code leak} when it let through what was denied. */
    static String judge(Outcome expected, RawHttp.Reply reply, boolean[] leak) {
        int status = reply.status();
        String location = reply.header("Location");
        boolean toSignIn = status == 302 && location != null && location.contains("/sign-in");
        boolean refusedByTheRules = status == 403
                || status == 401
                || toSignIn
                || status == 404
                        && (reply.body().contains("No workbook with number")
                                || reply.body().contains("No peer-challenge session"));
        leak[0] = expected != Outcome.ALLOWED && status >= 200 && status < 400 && !toSignIn;
        boolean right = switch (expected) {
            case ALLOWED -> status > 0 && status < 500 && !refusedByTheRules;
            case HIDDEN -> status == 404;
            case FORBIDDEN -> status == 403;
            case SIGN_IN -> toSignIn || status == 401;
        };
        return right
                ? null
                : "expected " + expected + " but answered " + status + (location == null ? "" : " -> " + location);
    }

    static Outcome expected(Permission needs, User user, WorkbookAccess workbook) {
        if (user == null) {
            return needs == Permission.ANYONE ? Outcome.ALLOWED : Outcome.SIGN_IN;
        }
        if (WORKBOOK_PERMISSIONS.contains(needs) && !AccessRules.canReadWorkbook(user, workbook)) {
            return Outcome.HIDDEN;
        }
        boolean may = switch (needs) {
            case ANYONE, SIGNED_IN, READ_WORKBOOK -> true;
            case ADMINISTRATOR -> AccessRules.canAdminister(user);
            case CREATE_WORKBOOK -> AccessRules.canCreateWorkbookFor(user, KENT);
            case START_SESSION -> SessionAccessRules.canStartSessionFor(user, SOUTH_EAST);
            case EDIT_WORKBOOK -> AccessRules.canEditWorkbook(user, workbook);
            case SHARE_WORKBOOK -> AccessRules.canShare(user, workbook);
            case SIGN_OFF_WORKBOOK -> AccessRules.canSignOff(user, workbook);
            case NEW_VERSION -> AccessRules.canStartNewVersion(user, workbook);
            case RELEASE_COUNCIL -> org.vfmworkbook.peer.ReleaseRules.isDirectorIn(user, SOUTH_EAST);
            default -> throw new IllegalStateException(needs + " is a session permission");
        };
        return may ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }

    static Outcome expectedInSession(Permission needs, User user, SessionAccess session) {
        if (user == null) {
            return Outcome.SIGN_IN;
        }
        boolean sees = SessionAccessRules.canSee(user, session);
        boolean hidden = needs == Permission.JOIN_SESSION ? !sees && !SessionAccessRules.canJoin(user, session) : !sees;
        if (hidden) {
            return Outcome.HIDDEN;
        }
        boolean may = switch (needs) {
            case SEE_SESSION -> true;
            case JOIN_SESSION -> SessionAccessRules.canJoinWith(user, session, DARLINGTON);
            case WITHDRAW_FROM_SESSION -> SessionAccessRules.canWithdraw(user, session, DARLINGTON);
            case CHALLENGE_IN_SESSION -> SessionAccessRules.canChallenge(user, session, DARLINGTON);
            case REPLY_IN_SESSION -> SessionAccessRules.canReply(user, session, DARLINGTON);
            case FACILITATE_SESSION -> SessionAccessRules.canFacilitate(user, session);
            default -> throw new IllegalStateException(needs + " is not a session permission");
        };
        return may ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }
}
