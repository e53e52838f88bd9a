package org.vfmworkbook.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Connects Quarkus form authentication to {@link Accounts}: the sign-in form posts a username and password; afterwards the encrypted
 * session cookie names the user, who is looked up on every request so that disabling an account ends its sessions at once.
 */
final class AccountIdentityProviders {

    /** The identity attribute holding the {@link User}. */
    static final String USER_ATTRIBUTE = "vfm.user";

    private AccountIdentityProviders() {
    }

    static SecurityIdentity identity(User user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username()))
                .addRole(user.role().name())
                .addAttribute(USER_ATTRIBUTE, user)
                .build();
    }

    static Uni<SecurityIdentity> blocking(AuthenticationRequestContext context, Supplier<Optional<User>> lookup) {
        return context.runBlocking(() -> lookup.get().map(AccountIdentityProviders::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final Accounts accounts;

        Password(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            String password = new String(request.getPassword().getPassword());
            return blocking(context, () -> accounts.signIn(request.getUsername(), password, Instant.now()));
        }
    }

    @ApplicationScoped
    static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        private final Accounts accounts;

        Session(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            return blocking(context, () -> accounts.activeUser(request.getPrincipal()));
        }
    }
}
