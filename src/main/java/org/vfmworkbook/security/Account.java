package org.vfmworkbook.security;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import org.hibernate.annotations.ColumnDefault;

/** A person who can sign in. The username is their work email address, stored in lower case. */
@Entity
@Table(name = "user_account")
public class Account extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 254)
    public String username;

    @Column(nullable = false, length = 200)
    public String displayName;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Role role;

    /** The ONS code of their council; null for administrators. */
    @Column(length = 9)
    public String councilCode;

    public boolean canSignOff;

    /**
     * A council editor who releases the council's figures to the region (ADR 0011); set by an administrator. The default lets schema
     * update add the column to a database that already has accounts.
     */
    @ColumnDefault("false")
    @Column(nullable = false)
    public boolean director;

    public boolean enabled = true;

    /**
     * Whether the person knows this account's password: false for an account made for someone who signs in through their council's
     * identity provider (it has a random password nobody was told) until an administrator resets it. The default lets schema update
     * add the column to a database that already has accounts.
     */
    @ColumnDefault("true")
    @Column(nullable = false)
    public boolean signsInWithPassword = true;

    /**
     * Raised by one when the person signs out, their password is reset or the account is disabled: every session cookie names the
     * generation it began under ({@link SessionPrincipal}), and one older than this is refused.
     */
    @ColumnDefault("0")
    @Column(nullable = false)
    public long sessionGeneration;

    /**
     * No longer used (sign-in failures are {@link SignInFailure} rows now). Kept because databases created before that have this
     * column as NOT NULL, and new rows must still give it a value.
     */
    @Deprecated
    public int failedSignIns;

    public Instant createdAt;

    @Version
    public long version;

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.UK);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", normalise(username)).firstResultOptional();
    }

    public static boolean administratorExists() {
        return count("role", Role.ADMINISTRATOR) > 0;
    }

    public static List<Account> allByName() {
        return list("order by displayName, username");
    }

    /** Ends every session this account has: cookies issued before now are refused from their next request. */
    public void endSessions() {
        sessionGeneration++;
    }

    public SessionPrincipal sessionPrincipal() {
        return new SessionPrincipal(username, sessionGeneration);
    }

    public User toUser(String regionCode) {
        return new User(username, displayName, role, councilCode, regionCode, canSignOff, director);
    }
}
