package org.vfmworkbook.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * A signed-in person changing their own password. The current password is checked as a sign-in is: one bcrypt comparison, and a
 * wrong one counts as a failed sign-in from that source for that name ({@link SignInThrottle}), so the form cannot be used to guess
 * a password left signed in on someone else's screen. A change ends every session of the account ({@link Account#endSessions()})
 * and hands back a new one for the browser that made it.
 */
@ApplicationScoped
public class PasswordChanges {

    private static final Logger LOG = Logger.getLogger(PasswordChanges.class);

    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final Accounts accounts;

    public PasswordChanges(Passwords passwords, SignInThrottle throttle, Accounts accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    /** How a change ended: {@code session} only when changed, {@code retryAfter} only when throttled. */
    public record Result(Outcome outcome, Accounts.Session session, Instant retryAfter) {
        public enum Outcome {
            /** Changed; every other session has ended. */
            CHANGED,
            /** The current password was right but the new one was not acceptable: nothing changed. */
            UNCHANGED,
            WRONG_CURRENT_PASSWORD,
            THROTTLED,
            /** The account signs in through an identity provider and has no password its owner knows. */
            NO_PASSWORD
        }

        static Result of(Outcome outcome) {
            return new Result(outcome, null, null);
        }
    }

    /**
     * Checks {@code current} and, when it is right and {@code replacementAcceptable} (the page has checked it against {@link
     * PasswordRules} and its confirmation), sets {@code replacement}.
     */
    @Transactional
    public Result change(
            String username,
            String current,
            String replacement,
            boolean replacementAcceptable,
            String source,
            Instant now) {
        Optional<Account> found = Account.findByUsername(username).filter(account -> account.enabled);
        if (found.isEmpty() || !found.get().signsInWithPassword) {
            return Result.of(Result.Outcome.NO_PASSWORD);
        }
        Account account = found.get();
        boolean matches = passwords.matches(current == null ? "" : current, account.passwordHash);
        Optional<Instant> refusedUntil = throttle.refusedUntil(source, username, now);
        if (refusedUntil.isPresent()) {
            LOG.infof("Throttled a password change for %s from %s until %s", username, source, refusedUntil.get());
            return new Result(Result.Outcome.THROTTLED, null, refusedUntil.get());
        }
        if (!matches) {
            throttle.recordFailure(source, username, now);
            LOG.infof("Refused a password change for %s from %s: wrong current password", username, source);
            return Result.of(Result.Outcome.WRONG_CURRENT_PASSWORD);
        }
        throttle.recordSuccess(source, username);
        if (!replacementAcceptable) {
            return Result.of(Result.Outcome.UNCHANGED);
        }
        account.passwordHash = passwords.hash(replacement);
        account.endSessions();
        LOG.infof("%s changed their own password; their other sessions have ended", account.username);
        return new Result(
                Result.Outcome.CHANGED, accounts.beginSession(username).orElseThrow(), null);
    }

    /** Whether this account has a password its owner can change here. */
    @Transactional
    public boolean hasPassword(String username) {
        return Account.findByUsername(username)
                .map(account -> account.signsInWithPassword)
                .orElse(false);
    }
}
