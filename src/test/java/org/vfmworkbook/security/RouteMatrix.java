package org.vfmworkbook.security;

import java.util.Map;
import java.util.TreeMap;

/**
 * Who may use each route, written out apart from the {@link Access} declarations on the resources: {@link RouteMatrixTest} fails
 * unless the two agree for every route, so a route cannot ship, or have its permission changed, without someone deciding it twice;
 * {@link AccessMatrixTest} then drives every route, in every spelling, as each kind of person.
 */
final class RouteMatrix {

    static final Map<String, Permission> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/councils", Permission.ANYONE),
            Map.entry("GET /api/councils/{code}/metrics", Permission.ANYONE),
            Map.entry("GET /api/councils/{code}/metrics.csv", Permission.ANYONE),
            Map.entry("GET /api/metrics", Permission.ANYONE),
            Map.entry("GET /api/metrics/{metricId}/values", Permission.ANYONE),
            Map.entry("GET /api/need-model", Permission.ANYONE),
            Map.entry("GET /api/steps", Permission.ANYONE),
            Map.entry("GET /api/steps/{id}", Permission.ANYONE),
            Map.entry("GET /api/years", Permission.ANYONE),
            Map.entry("GET /sign-in", Permission.ANYONE),
            Map.entry("POST /sign-out", Permission.SIGNED_IN),
            Map.entry("GET /account", Permission.SIGNED_IN),
            Map.entry("GET /account/password", Permission.SIGNED_IN),
            Map.entry("POST /account/password", Permission.SIGNED_IN),
            Map.entry("POST /account/session", Permission.SIGNED_IN),
            Map.entry("GET /sign-in/with/{provider}", Permission.ANYONE),
            Map.entry("GET /sign-in/oidc/callback", Permission.ANYONE),
            Map.entry("GET /admin/external-sign-ins", Permission.ADMINISTRATOR),
            Map.entry("GET /admin/external-sign-ins/{id}", Permission.ADMINISTRATOR),
            Map.entry("POST /admin/external-sign-ins/{id}", Permission.ADMINISTRATOR),
            Map.entry("GET /setup", Permission.ANYONE),
            Map.entry("POST /setup", Permission.ANYONE),
            Map.entry("GET /admin/accounts", Permission.ADMINISTRATOR),
            Map.entry("POST /admin/accounts", Permission.ADMINISTRATOR),
            Map.entry("GET /admin/accounts/new", Permission.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/disable", Permission.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/enable", Permission.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/director", Permission.ADMINISTRATOR),
            Map.entry("GET /admin/accounts/{id}/reset-password", Permission.ADMINISTRATOR),
            Map.entry("POST /admin/accounts/{id}/reset-password", Permission.ADMINISTRATOR),
            Map.entry("POST /api/admin/national-data", Permission.ADMINISTRATOR),
            Map.entry("GET /about-the-data", Permission.SIGNED_IN),
            Map.entry("GET /regions", Permission.SIGNED_IN),
            Map.entry("GET /regions/{code}", Permission.SIGNED_IN),
            Map.entry("GET /regions/{code}/values.csv", Permission.SIGNED_IN),
            Map.entry("GET /regions/{code}/trends", Permission.SIGNED_IN),
            // A region's side-by-side view names a council to others only as its director releases it (ADR 0011).
            Map.entry("GET /regions/{code}/release", Permission.RELEASE_COUNCIL),
            Map.entry("POST /regions/{code}/release", Permission.RELEASE_COUNCIL),
            Map.entry("GET /", Permission.SIGNED_IN),
            Map.entry("POST /workbooks", Permission.CREATE_WORKBOOK),
            Map.entry("GET /workbooks/{id}", Permission.READ_WORKBOOK),
            Map.entry("GET /workbooks/{id}/summary", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/summary", Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/custom-group", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/custom-group", Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/steps/{stepId}", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}", Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/steps/{stepId}/check-answers", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/check-answers", Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/steps/{stepId}/actions/{actionId}", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions", Permission.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions/{actionId}", Permission.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions/{actionId}/remove", Permission.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/actions/{actionId}/notes", Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/actions/{actionId}/theory-of-change", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/actions/{actionId}/theory-of-change", Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/action-plan", Permission.READ_WORKBOOK),
            Map.entry("GET /workbooks/{id}/action-plan/actions.csv", Permission.READ_WORKBOOK),
            Map.entry("POST /workbooks/{id}/action-plan/follow-ups/{followUpId}", Permission.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/local-figures", Permission.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/data-audit", Permission.EDIT_WORKBOOK),
            Map.entry("POST /workbooks/{id}/steps/{stepId}/definitions-check", Permission.EDIT_WORKBOOK),
            Map.entry(
                    "POST /workbooks/{id}/steps/{stepId}/local-figures/{comparisonId}/remove",
                    Permission.EDIT_WORKBOOK),
            Map.entry("GET /workbooks/{id}/{document: report\\.pdf|report\\.csv|report}", Permission.READ_WORKBOOK),
            Map.entry("GET /workbooks/{id}/sign-off", Permission.SIGN_OFF_WORKBOOK),
            Map.entry("POST /workbooks/{id}/sign-off", Permission.SIGN_OFF_WORKBOOK),
            Map.entry("POST /workbooks/{id}/new-version", Permission.NEW_VERSION),
            // Peer-challenge sessions: SessionAccessRules; the list shows only visible sessions.
            Map.entry("GET /peer-sessions", Permission.SIGNED_IN),
            Map.entry("POST /peer-sessions", Permission.START_SESSION),
            Map.entry("GET /peer-sessions/{id}", Permission.SEE_SESSION),
            Map.entry("GET /peer-sessions/{id}/pack", Permission.SEE_SESSION),
            Map.entry("GET /peer-sessions/{id}/pack.pdf", Permission.SEE_SESSION),
            Map.entry("POST /peer-sessions/{id}/participants", Permission.JOIN_SESSION),
            Map.entry("POST /peer-sessions/{id}/participants/{workbookId}/withdraw", Permission.WITHDRAW_FROM_SESSION),
            Map.entry("GET /peer-sessions/{id}/steps/{stepId}", Permission.SEE_SESSION),
            Map.entry("POST /peer-sessions/{id}/steps/{stepId}/challenges", Permission.CHALLENGE_IN_SESSION),
            Map.entry("POST /peer-sessions/{id}/challenges/{commentId}/replies", Permission.REPLY_IN_SESSION),
            Map.entry("POST /peer-sessions/{id}/notes", Permission.FACILITATE_SESSION),
            Map.entry("POST /peer-sessions/{id}/follow-ups", Permission.FACILITATE_SESSION),
            Map.entry("GET /workbooks/{id}/sharing", Permission.SHARE_WORKBOOK),
            Map.entry("POST /workbooks/{id}/sharing", Permission.SHARE_WORKBOOK),
            Map.entry("POST /workbooks/{id}/sharing/{shareId}/withdraw", Permission.SHARE_WORKBOOK)));

    private RouteMatrix() {}
}
