package org.vfmworkbook.security;

/**
 * What a route needs, as declared by {@link Access} on its resource method and decided by {@link AccessFilter} after routing, from
 * the matched method and its path parameters. Each permission is decided by exactly one {@link AccessCheck}.
 */
public enum Permission {
    /** Anyone, signed in or not (sign-in, first-run setup, published national data). */
    ANYONE,
    /** Anyone signed in. */
    SIGNED_IN,
    /** Administrators ({@link AccessRules#canAdminister}); 403 for everyone else. */
    ADMINISTRATOR,
    /** A council editor, for the council named in the form ({@link AccessRules#canCreateWorkbookFor}); 403 otherwise. */
    CREATE_WORKBOOK,
    /** {@link AccessRules#canReadWorkbook} for the workbook {@code {id}}; 404 for everyone else. */
    READ_WORKBOOK,
    /** {@link AccessRules#canEditWorkbook}; 403 for readers, 404 for everyone else. */
    EDIT_WORKBOOK,
    /** {@link AccessRules#canShare} (also after sign-off); 403 for readers, 404 for everyone else. */
    SHARE_WORKBOOK,
    /** {@link AccessRules#canSignOff}, the page as well as the form; 403 for readers, 404 for everyone else. */
    SIGN_OFF_WORKBOOK,
    /** {@link AccessRules#canStartNewVersion}; 403 for readers, 404 for everyone else. */
    NEW_VERSION,
    /** A peer reviewer, for their own region named in the form ({@code SessionAccessRules.canStartSessionFor}); 403 otherwise. */
    START_SESSION,
    /** {@code SessionAccessRules.canSee} for the session {@code {id}}; 404 for everyone else. */
    SEE_SESSION,
    /** {@code SessionAccessRules.canJoinWith} the workbook in the form; 404 for those who neither see nor may join, else 403. */
    JOIN_SESSION,
    /** {@code SessionAccessRules.canWithdraw} the council of {@code {workbookId}}; 403 for others who see it, 404 for the rest. */
    WITHDRAW_FROM_SESSION,
    /** {@code SessionAccessRules.canChallenge} the participant in the form; 403 for others who see it, 404 for the rest. */
    CHALLENGE_IN_SESSION,
    /** {@code SessionAccessRules.canReply} to the challenge {@code {commentId}}; 403 for others who see it, 404 for the rest. */
    REPLY_IN_SESSION,
    /** {@code SessionAccessRules.canFacilitate}; 403 for others who see it, 404 for the rest. */
    FACILITATE_SESSION,
    /** A director of one of the region {@code {code}}'s councils ({@code ReleaseRules.isDirectorIn}); 404 for an unknown region, 403 otherwise. */
    RELEASE_COUNCIL
}
