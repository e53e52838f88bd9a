package org.vfmworkbook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;

/** Only administrators reach the account pages; they create, disable, enable and reset accounts. */
@QuarkusTest
class AccountAdminPagesTest {

    private static final String COUNCIL = "E10000016";

    @Test
    void everyoneButAnAdministratorIsRefused() {
        for (Role role : new Role[] {Role.COUNCIL_EDITOR, Role.COUNCIL_VIEWER, Role.PEER_REVIEWER}) {
            SignIn.SignedIn session = SignIn.as(role, COUNCIL);
            session.given()
                    .accept("text/html")
                    .when()
                    .get("/admin/accounts")
                    .then()
                    .statusCode(403)
                    .body(containsString("You do not have permission"));
            session.given().when().get("/admin/accounts/new").then().statusCode(403);
            session.form()
                    .formParam("displayName", "Eve")
                    .formParam("username", "eve@example.com")
                    .formParam("role", "ADMINISTRATOR")
                    .formParam("password", "a long enough password")
                    .formParam("confirmPassword", "a long enough password")
                    .when()
                    .post("/admin/accounts")
                    .then()
                    .statusCode(403);
        }
        assertThat(accounts().findByUsername("eve@example.com")).isEmpty();
        given().redirects().follow(false).when().get("/admin/accounts").then().statusCode(302);
    }

    @Test
    void anAdministratorListsAccounts() {
        SignIn.SignedIn admin = SignIn.administrator();
        String editor = SignIn.newAccount(Role.COUNCIL_EDITOR, COUNCIL, true);

        admin.given()
                .when()
                .get("/admin/accounts")
                .then()
                .statusCode(200)
                .body(containsString("<title>Accounts – VfM Workbook</title>"))
                .body(containsString(editor))
                .body(containsString("Council editor, can sign off"))
                .body(containsString("Kent"));
    }

    @Test
    void anAdministratorCreatesACouncilAccount() {
        SignIn.SignedIn admin = SignIn.administrator();
        admin.given().when().get("/admin/accounts/new").then().statusCode(200).body(containsString("Kent"));

        admin.form()
                .formParam("displayName", "Carol Council")
                .formParam("username", "carol@kent.example.gov.uk")
                .formParam("role", "COUNCIL_EDITOR")
                .formParam("councilCode", COUNCIL)
                .formParam("canSignOff", "true")
                .formParam("password", "a long enough password")
                .formParam("confirmPassword", "a long enough password")
                .when()
                .post("/admin/accounts")
                .then()
                .statusCode(303);

        Account created = accounts().findByUsername("carol@kent.example.gov.uk").orElseThrow();
        assertThat(created.role).isEqualTo(Role.COUNCIL_EDITOR);
        assertThat(created.councilCode).isEqualTo(COUNCIL);
        assertThat(created.canSignOff).isTrue();
        assertThat(created.passwordHash).startsWith("$2").doesNotContain("a long enough password");
        assertThat(SignIn.postSignIn("carol@kent.example.gov.uk", "a long enough password")
                        .getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
    }

    @Test
    void aCouncilAccountNeedsACouncilAndTheFormKeepsWhatWasTyped() {
        SignIn.administrator()
                .form()
                .formParam("displayName", "<b>Dan</b>")
                .formParam("username", "dan@example.gov.uk")
                .formParam("role", "COUNCIL_VIEWER")
                .formParam("councilCode", "")
                .formParam("password", "a long enough password")
                .formParam("confirmPassword", "a different long password")
                .when()
                .post("/admin/accounts")
                .then()
                .statusCode(422)
                .body(containsString("Error: Create an account"))
                .body(containsString("Select the person&#39;s council"))
                .body(containsString("Passwords must match"))
                .body(containsString("value=\"&lt;b&gt;Dan&lt;/b&gt;\""));
        assertThat(accounts().findByUsername("dan@example.gov.uk")).isEmpty();
    }

    @Test
    void anAdministratorDisablesEnablesAndResetsAnAccount() {
        SignIn.SignedIn admin = SignIn.administrator();
        String username = SignIn.newAccount(Role.COUNCIL_VIEWER, COUNCIL, false);
        long id = accounts().findByUsername(username).orElseThrow().id;

        admin.form().when().post("/admin/accounts/" + id + "/disable").then().statusCode(303);
        assertThat(SignIn.postSignIn(username, SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNull();

        admin.form().when().post("/admin/accounts/" + id + "/enable").then().statusCode(303);
        assertThat(SignIn.postSignIn(username, SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();

        admin.given()
                .when()
                .get("/admin/accounts/" + id + "/reset-password")
                .then()
                .statusCode(200);
        admin.form()
                .formParam("password", "a replacement password")
                .formParam("confirmPassword", "a replacement password")
                .when()
                .post("/admin/accounts/" + id + "/reset-password")
                .then()
                .statusCode(303);
        assertThat(SignIn.postSignIn(username, "a replacement password").getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        SignIn.SignedIn admin = SignIn.administrator();
        long id = accounts().findByUsername(admin.username()).orElseThrow().id;

        admin.form().when().post("/admin/accounts/" + id + "/disable").then().statusCode(403);

        assertThat(accounts().findByUsername(admin.username()).orElseThrow().enabled)
                .as("still enabled")
                .isTrue();
        admin.given().get("/admin/accounts").then().statusCode(200);
    }

    @Test
    void creatingAnAccountRefusesACommonOrGuessablePassword() {
        SignIn.SignedIn admin = SignIn.administrator();
        String[][] refused = {
            {"Welcome12345!", "Password must not be a commonly used password"},
            {"adultsocialcare", "Password must not be a commonly used password"},
            {"P@ssw0rd2024!!", "Password must not be a commonly used password"},
            {"erin.example-2024", "Password must not include the email address"},
            {"i live in Kent 2024", "Password must not include the council"}
        };
        for (String[] password : refused) {
            admin.form()
                    .formParam("displayName", "Erin Example")
                    .formParam("username", "erin.example@kent.example.gov.uk")
                    .formParam("role", "COUNCIL_EDITOR")
                    .formParam("councilCode", COUNCIL)
                    .formParam("password", password[0])
                    .formParam("confirmPassword", password[0])
                    .when()
                    .post("/admin/accounts")
                    .then()
                    .statusCode(422)
                    .body(containsString("Error: Create an account"))
                    .body(containsString(password[1]))
                    .body(containsString("href=\"#password\""));
        }
        assertThat(accounts().findByUsername("erin.example@kent.example.gov.uk"))
                .isEmpty();
    }

    @Test
    void resettingAPasswordRefusesACommonOrGuessablePassword() {
        SignIn.SignedIn admin = SignIn.administrator();
        String username = SignIn.newAccount(Role.COUNCIL_VIEWER, COUNCIL, false);
        long id = accounts().findByUsername(username).orElseThrow().id;

        for (String password : new String[] {"council123456", "Password1234", username + "!"}) {
            admin.form()
                    .formParam("password", password)
                    .formParam("confirmPassword", password)
                    .when()
                    .post("/admin/accounts/" + id + "/reset-password")
                    .then()
                    .statusCode(422)
                    .body(containsString("Error: Reset password"))
                    .body(containsString("Password must not"));
        }
        assertThat(SignIn.postSignIn(username, SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
    }

    private static Accounts accounts() {
        return Arc.container().instance(Accounts.class).get();
    }
}
