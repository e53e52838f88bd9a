package org.vfmworkbook.security;

import java.time.Duration;
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

import org.hibernate.annotations.ColumnDefault;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person who can sign in. The username is their work email address, stored in lower case. */
@Entity
@Table(name = "user_account")
public class Account extends PanacheEntity {

    /** Failed sign-ins in a row that lock an account, and for how long. */
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

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

    public int failedSignIns;

    public Instant lockedUntil;

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

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for {@link #LOCKOUT}. */
    public void recordFailedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCKOUT);
            failedSignIns = 0;
        }
    }

    public void recordSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public User toUser(String regionCode) {
        return new User(username, displayName, role, councilCode, regionCode, canSignOff, director);
    }
}
