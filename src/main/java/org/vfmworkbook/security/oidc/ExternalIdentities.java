package org.vfmworkbook.security.oidc;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.vfmworkbook.security.Account;
import org.vfmworkbook.security.Accounts;
import org.vfmworkbook.web.NotFoundProblem;

/** Identities from council providers: recorded when they sign in, linked to an account by an administrator. */
@ApplicationScoped
public class ExternalIdentities {

    private static final Logger LOG = Logger.getLogger(ExternalIdentities.class);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Accounts accounts;

    public ExternalIdentities(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The outcome of a provider's sign-in: a user to start a session for, someone waiting for an administrator, or a disabled account. */
    sealed interface Outcome {
        record SignedIn(org.vfmworkbook.security.Accounts.Session session) implements Outcome {}

        record Waiting(String email) implements Outcome {}

        record Disabled(String username) implements Outcome {}
    }

    /** Records the sign-in (a first one creates a waiting identity) and says what it leads to. */
    @Transactional
    Outcome signedIn(String providerId, String issuer, IdTokenCheck.Verified who, Instant now) {
        ExternalIdentity identity = ExternalIdentity.find(issuer, who.subject()).orElseGet(() -> {
            ExternalIdentity first = new ExternalIdentity();
            first.issuer = issuer;
            first.subject = who.subject();
            first.firstSignInAt = now;
            LOG.infof(
                    "First sign-in through %s of %s (%s): waiting for an administrator",
                    providerId, who.email(), who.subject());
            return first;
        });
        identity.providerId = providerId;
        identity.email = who.email() == null ? null : Account.normalise(who.email());
        identity.emailVerified = who.emailVerified();
        identity.name = who.name();
        identity.lastSignInAt = now;
        identity.persist();
        if (identity.isWaiting()) {
            return new Outcome.Waiting(identity.email);
        }
        String username = identity.account.username;
        return accounts.beginSession(username)
                .<Outcome>map(Outcome.SignedIn::new)
                .orElseGet(() -> {
                    LOG.infof("Refused sign-in through %s for %s: disabled", providerId, username);
                    return new Outcome.Disabled(username);
                });
    }

    @Transactional
    public List<ExternalIdentity> all() {
        return ExternalIdentity.allForAdministrators();
    }

    @Transactional
    public ExternalIdentity find(long id) {
        ExternalIdentity identity = ExternalIdentity.findById(id);
        if (identity == null) {
            throw new NotFoundProblem("No sign-in from an identity provider with id " + id);
        }
        return identity;
    }

    /** A password for an account that signs in through its provider: random, shown to nobody. */
    public static String unknownPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Gives a waiting identity access: creates its account (with a random password nobody knows, so it signs in only through its
     * provider until an administrator resets the password) and links the two, in one transaction.
     */
    @Transactional
    public void giveAccess(long id, Accounts.NewAccount details) {
        ExternalIdentity identity = find(id);
        if (!identity.isWaiting()) {
            throw new IllegalStateException("Already linked to " + identity.account.username);
        }
        identity.account = accounts.create(details);
        identity.account.signsInWithPassword = false;
        LOG.infof(
                "Linked %s (%s at %s) to the %s account %s",
                identity.email,
                identity.subject,
                identity.providerId,
                identity.account.role,
                identity.account.username);
    }
}
