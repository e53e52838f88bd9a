package org.vfmworkbook.peer;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.security.AccessCheck;
import org.vfmworkbook.security.MatchedRoute;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.security.User;
import org.vfmworkbook.web.ForbiddenProblem;

/** Who may release a council's figures in a region's named view: a director of one of its councils (ADR 0011). */
@ApplicationScoped
class ReleaseAccessCheck implements AccessCheck {

    private final RegionalViews regional;

    ReleaseAccessCheck(RegionalViews regional) {
        this.regional = regional;
    }

    @Override
    public Set<Permission> decides() {
        return EnumSet.of(Permission.RELEASE_COUNCIL);
    }

    @Override
    public void check(Permission needed, User user, MatchedRoute route) {
        String code = route.pathParameter("code");
        regional.region(code); // 404 for an unknown region
        if (!ReleaseRules.isDirectorIn(user, code)) {
            throw new ForbiddenProblem(
                    "Only a director of one of the region's councils can release its figures",
                    "An administrator marks a council editor as the council's director on the accounts pages.",
                    "/regions/" + code,
                    "Back to the regional view");
        }
    }
}
