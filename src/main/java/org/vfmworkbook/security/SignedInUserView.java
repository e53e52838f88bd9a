package org.vfmworkbook.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.arc.Arc;

/**
 * What the layout shows about the signed-in person: {@code {inject:signedInUser.present}}, {@code .displayName}, {@code .administrator},
 * {@code .ownRegionTrendsHref}.
 * Safe outside a request (a template rendered in a test), where nobody is signed in.
 */
@ApplicationScoped
@Named("signedInUser")
public class SignedInUserView {

    public boolean present() {
        return user() != null;
    }

    public String displayName() {
        User user = user();
        return user == null ? "" : user.displayName();
    }

    /** The signed-in person's region's trend view, for the navigation; null for someone with no region (an administrator). */
    public String ownRegionTrendsHref() {
        User user = user();
        return user == null || user.regionCode() == null ? null : "/regions/" + user.regionCode() + "/trends";
    }

    public boolean administrator() {
        return AccessRules.canAdminister(user());
    }

    private static User user() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(CurrentUser.class).get().user();
    }
}
