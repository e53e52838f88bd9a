package org.vfmworkbook.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

/** The permissions that need no lookup: anyone, anyone signed in (the filter has already asked for sign-in), administrators. */
@ApplicationScoped
class BasicAccessChecks implements AccessCheck {

    @Override
    public Set<Permission> decides() {
        return EnumSet.of(Permission.ANYONE, Permission.SIGNED_IN, Permission.ADMINISTRATOR);
    }

    @Override
    public void check(Permission needed, User user, MatchedRoute route) {
        if (needed == Permission.ADMINISTRATOR && !AccessRules.canAdminister(user)) {
            throw new ForbiddenException();
        }
    }
}
