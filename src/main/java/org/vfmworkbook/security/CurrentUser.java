package org.vfmworkbook.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person making this request, or nobody. Templates reach it as {@code {inject:currentUser.signedIn}}; services take the {@link User}.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    private final User user;

    public CurrentUser(SecurityIdentity identity) {
        this.user = identity.isAnonymous() ? null : identity.getAttribute(AccountIdentityProviders.USER_ATTRIBUTE);
    }

    /** The signed-in user, or null for an anonymous visitor. */
    public User user() {
        return user;
    }

    public Optional<User> optional() {
        return Optional.ofNullable(user);
    }

    /** The signed-in user; 403 when there is none (routes that call this already require sign-in). */
    public User required() {
        if (user == null) {
            throw new ForbiddenException();
        }
        return user;
    }

    public boolean isSignedIn() {
        return user != null;
    }

    public String getUsername() {
        return user == null ? null : user.username();
    }

    public String getDisplayName() {
        return user == null ? null : user.displayName();
    }

    public Role getRole() {
        return user == null ? null : user.role();
    }

    public String getCouncilCode() {
        return user == null ? null : user.councilCode();
    }

    public boolean isCanSignOff() {
        return user != null && user.canSignOff();
    }

    public boolean isAdministrator() {
        return AccessRules.canAdminister(user);
    }
}
