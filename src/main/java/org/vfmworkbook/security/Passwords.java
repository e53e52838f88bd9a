package org.vfmworkbook.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords are kept only as bcrypt hashes. The cost is configurable so tests can use a cheap one. What a new password must be is
 * {@link PasswordRules}.
 */
@ApplicationScoped
public class Passwords {

    private final int cost;
    /** Compared against when there is no account, so an unknown name costs the same comparison as a wrong password. */
    private final String decoy;
    /** How many bcrypt comparisons have been made, and the cost of the last one: what tests count per sign-in path. */
    private final AtomicLong comparisons = new AtomicLong();

    private volatile int lastComparisonCost;

    public Passwords(@ConfigProperty(name = "vfm.security.bcrypt-cost", defaultValue = "12") int cost) {
        this.cost = cost;
        this.decoy = hash(UUID.randomUUID().toString());
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /**
     * One bcrypt comparison, always: against {@code hash}, or against a decoy hash of the configured cost when {@code hash} is
     * null (no such account). A decoy never matches.
     */
    public boolean matches(String password, String hash) {
        String against = hash == null ? decoy : hash;
        comparisons.incrementAndGet();
        lastComparisonCost = costOf(against);
        boolean verified =
                BCrypt.verifyer().verify(password.toCharArray(), against.getBytes(StandardCharsets.UTF_8)).verified;
        return verified && hash != null;
    }

    long comparisons() {
        return comparisons.get();
    }

    int lastComparisonCost() {
        return lastComparisonCost;
    }

    /** The cost a bcrypt hash was made with: {@code $2a$12$…} is 12. */
    static int costOf(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }
}
