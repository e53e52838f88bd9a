package org.vfmworkbook.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a new password must be (NCSC guidance: length and a deny-list rather than complexity rules): 12 to 72 characters, not a
 * commonly used password ({@code security/common-passwords.txt}) or one of them with digits and symbols added, and not the
 * person's email address, name or council. Pure: no Quarkus types.
 */
public final class PasswordRules {

    /** NCSC guidance favours length over complexity rules. */
    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads at most 72 bytes. */
    public static final int MAXIMUM_LENGTH = 72;

    static final String COMMON = "Password must not be a commonly used password, or one with numbers or symbols added";
    static final String PERSONAL = "Password must not include the email address or the person's name";
    static final String COUNCIL = "Password must not include the council's name";

    private static final Set<String> COMMON_PASSWORDS = load("/security/common-passwords.txt");
    /** Words in council names that say nothing about which council it is. */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of(
            "council",
            "county",
            "borough",
            "city",
            "district",
            "metropolitan",
            "royal",
            "london",
            "upon",
            "with",
            "and",
            "the",
            "of");

    /**
     * Who the password is for: their details must not be in it.
     *
     * @param councilName their council's name; null for administrators
     */
    public record Person(String username, String displayName, String councilName) {}

    private PasswordRules() {}

    /** A problem with a proposed password, or null when it is acceptable. */
    public static String problemWith(String password, Person person) {
        if (password == null || password.isBlank()) {
            return "Enter a password";
        }
        if (password.length() < MINIMUM_LENGTH) {
            return "Password must be " + MINIMUM_LENGTH + " characters or more";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_LENGTH) {
            return "Password must be " + MAXIMUM_LENGTH + " characters or fewer";
        }
        if (isCommon(password)) {
            return COMMON;
        }
        if (includesThePerson(password, person)) {
            return PERSONAL;
        }
        if (includesTheCouncil(password, person.councilName())) {
            return COUNCIL;
        }
        return null;
    }

    /** On the list as typed, with digits and symbols taken off its ends, with look-alike digits read as letters, or repeated. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.UK);
        if (repeatedUnit(lower).length() == 1) {
            return true;
        }
        return Stream.of(lower, repeatedUnit(lower))
                .flatMap(PasswordRules::candidates)
                .anyMatch(candidate ->
                        COMMON_PASSWORDS.contains(candidate) || COMMON_PASSWORDS.contains(repeatedUnit(candidate)));
    }

    private static Stream<String> candidates(String text) {
        String core = trimmed(text);
        return Stream.of(
                        text,
                        core,
                        lettersOnly(text),
                        trimmed(readLookAlikes(core, 'i')),
                        trimmed(readLookAlikes(core, 'l')),
                        lettersOnly(readLookAlikes(core, 'i')))
                .filter(candidate -> !candidate.isEmpty())
                .distinct();
    }

    /** Without the digits and symbols at either end. */
    private static String trimmed(String text) {
        return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static String readLookAlikes(String text, char one) {
        return text.replace('0', 'o')
                .replace('@', 'a')
                .replace('3', 'e')
                .replace('1', one)
                .replace('!', 'i')
                .replace('$', 's')
                .replace('5', 's')
                .replace('7', 't')
                .replace('4', 'a');
    }

    /** "abcabcabc" → "abc"; a string that is not a repetition is its own unit. */
    static String repeatedUnit(String text) {
        int length = text.length();
        for (int size = 1; size <= length / 2; size++) {
            if (length % size == 0
                    && text.substring(0, size).repeat(length / size).equals(text)) {
                return text.substring(0, size);
            }
        }
        return text;
    }

    private static boolean includesThePerson(String password, Person person) {
        String lower = password.toLowerCase(Locale.UK);
        String letters = lettersOnly(lower);
        String username =
                person.username() == null ? "" : person.username().strip().toLowerCase(Locale.UK);
        String localPart = username.contains("@") ? username.substring(0, username.indexOf('@')) : username;
        String name = person.displayName() == null
                ? ""
                : lettersOnly(person.displayName().toLowerCase(Locale.UK));
        return (localPart.length() >= 3 && lower.contains(localPart))
                || (lettersOnly(localPart).length() >= 4 && letters.contains(lettersOnly(localPart)))
                || (name.length() >= 4 && letters.contains(name));
    }

    private static boolean includesTheCouncil(String password, String councilName) {
        if (councilName == null) {
            return false;
        }
        String letters = lettersOnly(readLookAlikes(password.toLowerCase(Locale.UK), 'l'));
        String plainLetters = lettersOnly(password.toLowerCase(Locale.UK));
        return distinctiveWords(councilName).stream()
                .anyMatch(word -> letters.contains(word) || plainLetters.contains(word));
    }

    static List<String> distinctiveWords(String councilName) {
        List<String> words = new ArrayList<>();
        for (String word : councilName.toLowerCase(Locale.UK).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && !GENERIC_NAME_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String lettersOnly(String text) {
        return text.replaceAll("[^\\p{L}]", "");
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.UK))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
