package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The deny-list and the rules that keep a person's own details out of their password. */
class PasswordRulesTest {

    private static final PasswordRules.Person CAROL =
            new PasswordRules.Person("carol.jones@kent.gov.uk", "Carol Jones", "Kent County Council");
    private static final PasswordRules.Person ADMIN =
            new PasswordRules.Person("it-admin@example.gov.uk", "Sam Admin", null);

    @Test
    void lengthComesFirst() {
        assertThat(PasswordRules.problemWith("", CAROL)).isEqualTo("Enter a password");
        assertThat(PasswordRules.problemWith("Password1", CAROL)).isEqualTo("Password must be 12 characters or more");
        assertThat(PasswordRules.problemWith("x".repeat(73), CAROL))
                .isEqualTo("Password must be 72 characters or fewer");
    }

    @Test
    void refusesCommonPasswordsAndThemWithDigitsSymbolsLookAlikesOrRepeats() {
        for (String common : new String[] {
            "123456789012",
            "qwertyuiop12",
            "Password1234",
            "P@ssw0rd2024!",
            "Welcome1Welcome1",
            "adultsocialcare",
            "Council123456",
            "!!Letmein2025",
            "socialcare2024",
            "aaaaaaaaaaaaaa",
            "p a s s w o r d 1 2",
            "Liverpool1892"
        }) {
            assertThat(PasswordRules.problemWith(common, ADMIN)).as(common).isEqualTo(PasswordRules.COMMON);
        }
    }

    @Test
    void refusesTheEmailAddressAndName() {
        assertThat(PasswordRules.problemWith("carol.jones-rocks", CAROL)).isEqualTo(PasswordRules.PERSONAL);
        assertThat(PasswordRules.problemWith("CarolJones!2024", CAROL)).isEqualTo(PasswordRules.PERSONAL);
        assertThat(PasswordRules.problemWith("carol.jones@kent.gov.uk", CAROL)).isEqualTo(PasswordRules.PERSONAL);
    }

    @Test
    void refusesTheCouncilsDistinctiveName() {
        assertThat(PasswordRules.problemWith("Kent is lovely 24", CAROL)).isEqualTo(PasswordRules.COUNCIL);
        assertThat(PasswordRules.problemWith("i l0ve k3nt a lot", CAROL)).isEqualTo(PasswordRules.COUNCIL);
        assertThat(PasswordRules.distinctiveWords("Kingston upon Hull, City of"))
                .containsExactly("kingston", "hull");
    }

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordRules.problemWith("correct horse battery staple", CAROL))
                .isNull();
        assertThat(PasswordRules.problemWith("tulip gravel orbit nineteen", ADMIN))
                .isNull();
        assertThat(PasswordRules.problemWith("Kent is lovely 24", ADMIN))
                .as("no council for an administrator")
                .isNull();
    }
}
