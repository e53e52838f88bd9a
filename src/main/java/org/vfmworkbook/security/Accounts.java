package org.vfmworkbook.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import org.vfmworkbook.nationaldata.Council;
import org.vfmworkbook.web.NotFoundProblem;

/** Accounts: checking a sign-in (with throttling), sessions, first-run setup and what administrators do. */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class);

    private final Passwords passwords;
    private final SignInThrottle throttle;

    public Accounts(Passwords passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** The details of a new account, already validated by the page that collected them. */
    public record NewAccount(
            String username,
            String displayName,
            String password,
            Role role,
            String councilCode,
            boolean canSignOff,
            boolean director) {

        public NewAccount(
                String username,
                String displayName,
                String password,
                Role role,
                String councilCode,
                boolean canSignOff) {
            this(username, displayName, password, role, councilCode, canSignOff, false);
        }
    }

    /** Thrown when setup is attempted after an administrator exists. */
    public static class SetupAlreadyDone extends RuntimeException {
        SetupAlreadyDone() {
            super("An administrator already exists");
        }
    }

    /**
     * How a sign-in attempt ended: {@code session} (the user and their session's principal) only when signed in, {@code retryAfter}
     * only when throttled.
     */
    public record SignInResult(Outcome outcome, Session session, Instant retryAfter) {
        public enum Outcome {
            SIGNED_IN,
            REFUSED,
            THROTTLED
        }
    }

    /** A session that may go on: who it is, and the principal to keep in the cookie. */
    public record Session(User user, SessionPrincipal principal) {}

    /** What a session cookie's principal is worth now: a session, or why it has ended. */
    public record SessionCheck(Session session, boolean accountDisabled) {
        public boolean active() {
            return session != null;
        }
    }

    /**
     * Checks a sign-in from a source address. Every path makes exactly one bcrypt comparison of the same cost (an unknown name is
     * compared with a decoy, a throttled or disabled one with its own hash), so the answer's timing says nothing about the account.
     * Failures are counted per source ({@link SignInThrottle}), never against the account, so a stranger cannot lock the owner out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInResult signIn(String username, String password, String source, Instant now) {
        Optional<Account> found = Account.findByUsername(username);
        boolean matches = passwords.matches(
                password, found.map(account -> account.passwordHash).orElse(null));
        Optional<Instant> refusedUntil = throttle.refusedUntil(source, username, now);
        if (refusedUntil.isPresent()) {
            LOG.infof("Throttled sign-in from %s until %s", source, refusedUntil.get());
            return new SignInResult(SignInResult.Outcome.THROTTLED, null, refusedUntil.get());
        }
        if (matches && found.get().enabled) {
            throttle.recordSuccess(source, username);
            return new SignInResult(SignInResult.Outcome.SIGNED_IN, session(found.get()), null);
        }
        throttle.recordFailure(source, username, now);
        found.ifPresent(account -> LOG.infof(
                "Refused sign-in for %s from %s: %s",
                account.username, source, account.enabled ? "wrong password" : "disabled"));
        return new SignInResult(SignInResult.Outcome.REFUSED, null, null);
    }

    /** The session behind a cookie's principal, while its account is enabled and has not ended its sessions since. */
    @Transactional
    public SessionCheck resume(String principalName) {
        Optional<SessionPrincipal> principal = SessionPrincipal.parse(principalName);
        Optional<Account> account = principal.flatMap(named -> Account.findByUsername(named.username()));
        if (account.isEmpty()) {
            return new SessionCheck(null, false);
        }
        if (!account.get().enabled) {
            return new SessionCheck(null, true);
        }
        boolean current = account.get().sessionGeneration == principal.get().generation();
        return new SessionCheck(current ? session(account.get()) : null, false);
    }

    /**
     * A new session for an account another sign-in mechanism has vouched for (an identity provider's verified email, say): empty
     * when there is no such enabled account. Form sign-in gets the same from {@link #signIn}.
     */
    @Transactional
    public Optional<Session> beginSession(String username) {
        return Account.findByUsername(username)
                .filter(account -> account.enabled)
                .map(Accounts::session);
    }

    /** The user an enabled account with this username is (tests and services that act for a named person). */
    @Transactional
    public Optional<User> activeUser(String username) {
        return Account.findByUsername(username)
                .filter(account -> account.enabled)
                .map(Accounts::toUser);
    }

    /** Signing out: ends every session of this account, in every browser, at once. */
    @Transactional
    public void endSessions(String username) {
        Account.findByUsername(username).ifPresent(account -> {
            account.endSessions();
            LOG.infof("Ended the sessions of %s", account.username);
        });
    }

    @Transactional
    public boolean setupNeeded() {
        return !Account.administratorExists();
    }

    /**
     * First-run setup: creates the first administrator, once. The lock is held until the transaction has committed, so two people
     * submitting the setup form at the same moment cannot both become administrator (on one instance; see docs/security.md).
     */
    public synchronized void createFirstAdministrator(String username, String displayName, String password) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.administratorExists()) {
                throw new SetupAlreadyDone();
            }
            create(new NewAccount(username, displayName, password, Role.ADMINISTRATOR, null, false));
        });
    }

    @Transactional
    public Account create(NewAccount details) {
        Account account = new Account();
        account.username = Account.normalise(details.username());
        account.displayName = details.displayName().strip();
        account.passwordHash = passwords.hash(details.password());
        account.role = details.role();
        account.councilCode = details.role().belongsToACouncil() ? details.councilCode() : null;
        account.canSignOff = details.role() == Role.COUNCIL_EDITOR && details.canSignOff();
        account.director = details.role() == Role.COUNCIL_EDITOR && details.director();
        account.createdAt = Instant.now();
        account.persist();
        LOG.infof("Created %s account %s", account.role, account.username);
        return account;
    }

    @Transactional
    public boolean usernameTaken(String username) {
        return Account.findByUsername(username).isPresent();
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Account account = find(id);
        account.enabled = enabled;
        if (!enabled) {
            account.endSessions();
        }
        LOG.infof("%s account %s", enabled ? "Enabled" : "Disabled", account.username);
    }

    /** Makes a council editor their council's director, or not (ADR 0011); other roles cannot be directors. */
    @Transactional
    public void setDirector(long id, boolean director) {
        Account account = find(id);
        account.director = director && account.role == Role.COUNCIL_EDITOR;
        LOG.infof(
                "%s %s as director of %s", account.director ? "Set" : "Cleared", account.username, account.councilCode);
    }

    /** Sets a new password and ends the account's sessions (whoever knew the old one is signed out). */
    @Transactional
    public void resetPassword(long id, String password) {
        Account account = find(id);
        account.passwordHash = passwords.hash(password);
        account.signsInWithPassword = true;
        account.endSessions();
        LOG.infof("Reset the password of %s", account.username);
    }

    @Transactional
    public java.util.List<Account> all() {
        return Account.allByName();
    }

    @Transactional
    public Optional<Account> findByUsername(String username) {
        return Account.findByUsername(username);
    }

    @Transactional
    public Account find(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new NotFoundProblem("No account with id " + id);
        }
        return account;
    }

    private static Session session(Account account) {
        return new Session(toUser(account), account.sessionPrincipal());
    }

    private static User toUser(Account account) {
        String region = account.councilCode == null
                ? null
                : Council.<Council>findByIdOptional(account.councilCode)
                        .map(council -> council.regionCode)
                        .orElse(null);
        return account.toUser(region);
    }
}
