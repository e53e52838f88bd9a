package org.vfmworkbook.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.vfmworkbook.nationaldata.Council;
import org.vfmworkbook.web.NotFoundProblem;

/** Accounts: checking a sign-in (with lockout), first-run setup and what administrators do. */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class);

    private final Passwords passwords;

    public Accounts(Passwords passwords) {
        this.passwords = passwords;
    }

    /** The details of a new account, already validated by the page that collected them. */
    public record NewAccount(String username, String displayName, String password, Role role, String councilCode,
            boolean canSignOff, boolean director) {

        public NewAccount(String username, String displayName, String password, Role role, String councilCode, boolean canSignOff) {
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
     * Checks a sign-in. A locked or disabled account is refused without looking at the password; the fifth wrong password in a row
     * locks the account for {@link Account#LOCKOUT}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<User> signIn(String username, String password, Instant now) {
        Optional<Account> found = Account.findByUsername(username);
        if (found.isEmpty()) {
            passwords.compareWithDecoy(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.enabled || account.isLockedAt(now)) {
            LOG.infof("Refused sign-in for %s: %s", account.username, account.enabled ? "locked" : "disabled");
            return Optional.empty();
        }
        if (!passwords.matches(password, account.passwordHash)) {
            account.recordFailedSignIn(now);
            if (account.isLockedAt(now)) {
                LOG.warnf("Locked %s until %s after %d failed sign-ins", account.username, account.lockedUntil,
                        Account.MAX_FAILED_SIGN_INS);
            }
            return Optional.empty();
        }
        account.recordSignIn();
        return Optional.of(toUser(account));
    }

    /** The user behind a session cookie, while their account is still enabled. */
    @Transactional
    public Optional<User> activeUser(String username) {
        return Account.findByUsername(username).filter(account -> account.enabled).map(Accounts::toUser);
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
        LOG.infof("%s account %s", enabled ? "Enabled" : "Disabled", account.username);
    }

    /** Makes a council editor their council's director, or not (ADR 0011); other roles cannot be directors. */
    @Transactional
    public void setDirector(long id, boolean director) {
        Account account = find(id);
        account.director = director && account.role == Role.COUNCIL_EDITOR;
        LOG.infof("%s %s as director of %s", account.director ? "Set" : "Cleared", account.username, account.councilCode);
    }

    /** Sets a new password and lifts any lockout. */
    @Transactional
    public void resetPassword(long id, String password) {
        Account account = find(id);
        account.passwordHash = passwords.hash(password);
        account.recordSignIn();
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

    private static User toUser(Account account) {
        String region = account.councilCode == null ? null
                : Council.<Council> findByIdOptional(account.councilCode).map(council -> council.regionCode).orElse(null);
        return account.toUser(region);
    }
}
