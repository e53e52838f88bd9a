package org.vfmworkbook.security;

import java.util.Set;

/**
 * Decides some of the {@link Permission}s for the route {@link AccessFilter} has matched: returns when the user may go on, throws the
 * refusal otherwise (a {@code NotFoundProblem} for what the user may not know exists, a 403 for what they may see but not do). The
 * rules themselves stay in the pure classes ({@link AccessRules}, {@code SessionAccessRules}); a check only looks up what they need.
 */
public interface AccessCheck {

    /** The permissions this check decides; every permission is decided by exactly one check. */
    Set<Permission> decides();

    void check(Permission needed, User user, MatchedRoute route);
}
