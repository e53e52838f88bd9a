package org.vfmworkbook.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;

/** What was typed into an account form (setup or an administrator creating an account), kept for re-display, and its checks. */
@TemplateData
public record AccountForm(
        String displayName, String username, String role, String councilCode, boolean canSignOff, boolean director) {

    public AccountForm(String displayName, String username, String role, String councilCode, boolean canSignOff) {
        this(displayName, username, role, councilCode, canSignOff, false);
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public List<RadioItem> signOffItems() {
        return List.of(new RadioItem("true", "Can sign off this council's workbooks"));
    }

    public List<String> signOffValues() {
        return canSignOff ? List.of("true") : List.of();
    }

    public List<RadioItem> directorItems() {
        return List.of(new RadioItem("true", "Director: releases this council's figures to the region"));
    }

    public List<String> directorValues() {
        return director ? List.of("true") : List.of();
    }

    static AccountForm empty() {
        return new AccountForm("", "", "", "", false);
    }

    FormErrors checkIdentity(Accounts accounts) {
        FormErrors errors = FormErrors.none();
        if (blank(displayName)) {
            errors = errors.with("displayName", "Enter the person's full name");
        } else if (displayName.length() > 200) {
            errors = errors.with("displayName", "Full name must be 200 characters or fewer");
        }
        if (blank(username)) {
            errors = errors.with("username", "Enter an email address");
        } else if (!EMAIL.matcher(username.strip()).matches() || username.length() > 254) {
            errors = errors.with("username", "Enter an email address in the correct format, like name@example.gov.uk");
        } else if (accounts.usernameTaken(username)) {
            errors = errors.with("username", "An account with this email address already exists");
        }
        return errors;
    }

    FormErrors checkRoleAndCouncil(FormErrors errors, Set<String> councilCodes) {
        Role chosen = chosenRole();
        if (chosen == null) {
            return errors.with("role", "Select a role");
        }
        if (chosen.belongsToACouncil() && (blank(councilCode) || !councilCodes.contains(councilCode))) {
            return errors.with("councilCode", "Select the person's council");
        }
        return errors;
    }

    /** The password rules ({@link PasswordRules}) for this person, then that the two entries match. */
    static FormErrors checkPassword(
            FormErrors errors, String password, String confirmPassword, PasswordRules.Person person) {
        String problem = PasswordRules.problemWith(password, person);
        if (problem != null) {
            return errors.with("password", problem);
        }
        if (!password.equals(confirmPassword)) {
            return errors.with("confirmPassword", "Passwords must match");
        }
        return errors;
    }

    /** Whose password this is, for the rules that keep the person's own details out of it. */
    PasswordRules.Person person(String councilName) {
        return new PasswordRules.Person(username, displayName, councilName);
    }

    Role chosenRole() {
        try {
            return blank(role) ? null : Role.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
