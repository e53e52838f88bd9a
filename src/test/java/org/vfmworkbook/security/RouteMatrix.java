package org.vfmworkbook.security;

import java.util.Map;
import java.util.TreeMap;

/**
 * Who may use each route. Every route the application has must be listed here ({@link RouteMatrixTest} fails otherwise), so a new
 * route cannot ship without someone deciding who may use it; {@link AccessMatrixTest} then drives the workbook routes as each role.
 */
final class RouteMatrix {

    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Anyone signed in. */
        SIGNED_IN,
        /** While no administrator exists; then 404. */
        SETUP,
        ADMINISTRATOR,
        /** A council editor, for their own council. */
        CREATE_WORKBOOK,
        /** Whoever {@link AccessRules#canReadWorkbook} allows; 404 for everyone else. */
        READ_WORKBOOK,
        /** Whoever {@link AccessRules#canEditWorkbook} allows; 403 for readers, 404 for everyone else. */
        EDIT_WORKBOOK,
        /** Whoever {@link AccessRules#canShare} allows (also after sign-off); 403 for readers, 404 for everyone else. */
        SHARE_WORKBOOK,
        /** Whoever {@link AccessRules#canSignOff} allows, for the page as well as the form; 403 for readers, 404 for everyone else. */
        SIGN_OFF_WORKBOOK,
        /** Whoever {@link AccessRules#canStartNewVersion} allows (a signed-off workbook); 403 for readers, 404 for everyone else. */
        NEW_VERSION,
        /** Peer reviewers and administrators ({@code SessionAccessRules.canStartSession}); 403 for everyone else. */
        START_SESSION,
        /** Whoever {@code SessionAccessRules.canSee} allows; 404 for everyone else. */
        SEE_SESSION,
        /** A council editor of the session's region, with the council's own workbook ({@code canJoinWith}); 404 when neither joining nor seeing. */
        JOIN_SESSION,
        /** {@code SessionAccessRules.canWithdraw}: the council's editor or the facilitator; 403 for others who see it, 404 for the rest. */
        WITHDRAW_FROM_SESSION,
        /** {@code SessionAccessRules.canChallenge}; 403 for others who see it, 404 for the rest. */
        CHALLENGE_IN_SESSION,
        /** {@code SessionAccessRules.canReply}: the challenged council's editors; 403 for others who see it, 404 for the rest. */
        REPLY_IN_SESSION,
        /** {@code SessionAccessRules.canFacilitate}: the facilitator; 403 for others who see it, 404 for the rest. */
        FACILITATE_SESSION,
        /**
         * A director of one of the region's councils ({@code ReleaseRules.isDirectorIn}), for their own council; 403 for everyone
         * else signed in, 404 for an unknown region ({@code ReleaseTest}).
         */
        RELEASE_COUNCIL
    }

    static final Map<String, Access> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/councils", Access.PUBLIC),
            Map.entry("GET /api/councils/{code}/metrics", Access.PUBLIC),
            Map.entry("GET /api/metrics", Access.PUBLIC),
            Map.entry("GET /api/metrics/{metricId}/values", Access.PUBLIC),
            Map.entry("GET /api/need-model", Access.PUBLIC),
            Map.entry("GET /api/steps", Access.PUBLIC),
            Map.entry("GET /api/steps/{id}", Access.PUBLIC),
            Map.entry("GET /api/years", Access.PUBLIC),
            Map.entry("GET /sign-in", Access.PUBLIC),
            Map.entry("POST /sign-out", Access.SIGNED_IN),
            Map.entry("GET /sign-in/with/{provider}", Access.PUBLIC),
            Map.entry("GET /sign-in/oidc/callback", Access.PUBLIC),
            Map.entry("GET /admin/external-sign-ins", Access.ADMINISTRATOR),
            Map.entry("GET /admin/external-sign-ins/{id}", Access.ADMINISTRATOR),
            Map.entry("POST /admin/external-sign-ins/{id}", Access.ADMINISTRATOR),
            Map.entry("GET /setup", Access.SETUP),
            Map.entry("POST /setup", Access.SETUP),
            Map.entry("GET /admin/accounts", Access.ADMINISTRATOR),
            Map.entry("POST /admin/accounts", Access.ADMINISTRATOR),
            Map.entry("GET /admin/accounts/new", Access.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/disable", Access.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/enable", Access.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/director", Access.ADMINISTRATOR),
            Map.entry("GET /admin/accounts/{id}/reset-password", Access.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/reset-password", Access.ADMINISTRATOR),
            Map.entry("POST /api/admin/national-data", Access.ADMINISTRATOR),
            Map.entry("GET /about-the-data", Access.SIGNED_IN),
            Map.entry("GET /regions", Access.SIGNED_IN),
            Map.entry("GET /regions/{code}", Access.SIGNED_IN),
            Map.entry("GET /regions/{code}/values.csv", Access.SIGNED_IN),
            Map.entry("GET /regions/{code}/trends", Access.SIGNED_IN),
            // A region's side-by-side view names a council to others only as its director releases it (ADR 0011).
            Map.entry("GET /regions/{code}/release", Access.RELEASE_COUNCIL),
            Map.entry("POST /regions/{code}/release", Access.RELEASE_COUNCIL),
            Map.entry("GET /", Access.SIGNED_IN),
            Map.entry("POST /workbooks", Access.CREATE_WORKBOOK),
            Map.entry("GET /workbooks/{id}", Access.READ_WORKBOOK),
            Map.entry("GET /workbooks/{id}/summary", Access.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/summary", Access.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/custom-group", Access.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/custom-group", Access.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/steps/{stepId}", Access.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}", Access.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/steps/{stepId}/check-answers", Access.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/check-answers", Access.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/steps/{stepId}/actions/{actionId}", Access.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions", Access.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions/{actionId}", Access.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions/{actionId}/remove", Access.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/local-figures", Access.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/local-figures/{comparisonId}/remove", Access.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/{document: report\\.pdf|report\\.csv|report}", Access.READ_WORKBOOK),
            Map.entry("GET /workbooks/{id}/sign-off", Access.SIGN_OFF_WORKBOOK),
            Map.entry("POST /workbooks/{id}/sign-off", Access.SIGN_OFF_WORKBOOK),
            Map.entry("POST /workbooks/{id}/new-version", Access.NEW_VERSION),
            // Peer-challenge sessions: PeerSessionAccessFilter applies SessionAccessRules; the list shows only visible sessions.
            Map.entry("GET /peer-sessions", Access.SIGNED_IN),
            Map.entry("POST /peer-sessions", Access.START_SESSION),
            Map.entry("GET /peer-sessions/{id}", Access.SEE_SESSION),
            Map.entry("GET /peer-sessions/{id}/pack", Access.SEE_SESSION),
            Map.entry("GET /peer-sessions/{id}/pack.pdf", Access.SEE_SESSION),
            Map.entry("POST /peer-sessions/{id}/participants", Access.JOIN_SESSION),
            Map.entry("POST /peer-sessions/{id}/participants/{workbookId}/withdraw", Access.WITHDRAW_FROM_SESSION),
            Map.entry("GET /peer-sessions/{id}/steps/{stepId}", Access.SEE_SESSION),
            Map.entry("POST /peer-sessions/{id}/steps/{stepId}/challenges", Access.CHALLENGE_IN_SESSION),
            Map.entry("POST /peer-sessions/{id}/challenges/{commentId}/replies", Access.REPLY_IN_SESSION),
            Map.entry("POST /peer-sessions/{id}/notes", Access.FACILITATE_SESSION),
            Map.entry("POST /peer-sessions/{id}/follow-ups", Access.FACILITATE_SESSION),
            Map.entry("GET /workbooks/{id}/sharing", Access.SHARE_WORKBOOK),
            Map.entry("POST /workbooks/{id}/sharing", Access.SHARE_WORKBOOK),
            Map.entry("POST /workbooks/{id}/sharing/{shareId}/withdraw", Access.SHARE_WORKBOOK)));

    private RouteMatrix() {
    }
}
