package org.vfmworkbook.security;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** Passwords are kept only as bcrypt hashes. The cost is configurable so tests can use a cheap one. */
@ApplicationScoped
public class Passwords {

    /** NCSC guidance favours length over complexity rules. */
    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads at most 72 bytes. */
    public static final int MAXIMUM_LENGTH = 72;

    private final int cost;
    /** Compared against when the username is unknown, so a wrong name takes as long as a wrong password. */
    private final String decoy;

    public Passwords(@ConfigProperty(name = "vfm.security.bcrypt-cost", defaultValue = "12") int cost) {
        this.cost = cost;
        this.decoy = hash("decoy password that matches nothing");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void compareWithDecoy(String password) {
        matches(password, decoy);
    }

    /** A problem with a proposed password, or null when it is acceptable. */
    public static String problemWith(String password) {
        if (password == null || password.isBlank()) {
            return "Enter a password";
        }
        if (password.length() < MINIMUM_LENGTH) {
            return "Password must be " + MINIMUM_LENGTH + " characters or more";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_LENGTH) {
            return "Password must be " + MAXIMUM_LENGTH + " characters or fewer";
        }
        return null;
    }
}
