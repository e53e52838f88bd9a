package org.vfmworkbook.testing;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.vfmworkbook.security.Accounts;
import org.vfmworkbook.security.Role;

/**
 * Signs in for REST Assured tests through the real sign-in form: {@code SignIn.as(Role.COUNCIL_EDITOR, "E10000016").given().get(…)}.
 * Each call creates a fresh account (its own name, so tests do not meet each other's lockouts) and posts its password to the
 * form-authentication handler, exactly as a browser does.
 */
public final class SignIn {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String SESSION_COOKIE = "vfm-session";
    public static final String CSRF_COOKIE = "vfm-csrf";
    public static final String CSRF_FIELD = "csrf-token";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignIn() {}

    /** A session for a new account with this role; {@code council} is ignored for administrators. */
    public static SignedIn as(Role role, String council) {
        return as(role, council, role == Role.COUNCIL_EDITOR);
    }

    public static SignedIn as(Role role, String council, boolean canSignOff) {
        String username = newAccount(role, council, canSignOff);
        return new SignedIn(username, signIn(username, PASSWORD), newCsrfToken());
    }

    /** A council editor whom an administrator has made the council's director (ADR 0011), with sign-off rights. */
    public static SignedIn director(String council) {
        String username = newAccount(Role.COUNCIL_EDITOR, council, true, true);
        return new SignedIn(username, signIn(username, PASSWORD), newCsrfToken());
    }

    /** A new session for an account that already exists, with password {@link #PASSWORD}. */
    public static SignedIn existing(String username) {
        return new SignedIn(username, signIn(username, PASSWORD), newCsrfToken());
    }

    public static SignedIn administrator() {
        return as(Role.ADMINISTRATOR, null);
    }

    /** Creates an account and returns its username; its password is {@link #PASSWORD}. */
    public static String newAccount(Role role, String council, boolean canSignOff) {
        return newAccount(role, council, canSignOff, false);
    }

    public static String newAccount(Role role, String council, boolean canSignOff, boolean director) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet() + "-"
                + System.nanoTime() + "@example.gov.uk";
        Arc.container()
                .instance(Accounts.class)
                .get()
                .create(new Accounts.NewAccount(
                        username, "Test " + role.label(), PASSWORD, role, council, canSignOff, director));
        return username;
    }

    /** Posts the sign-in form; returns the raw response (302 to / on success, to /sign-in?error=true on failure). */
    public static Response postSignIn(String username, String password) {
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("username", username)
                .formParam("password", password)
                .when()
                .post("/j_security_check");
    }

    static String signIn(String username, String password) {
        Response response = postSignIn(username, password);
        String session = response.getCookie(SESSION_COOKIE);
        if (session == null) {
            throw new AssertionError("Sign-in failed for " + username + ": " + response.statusCode() + " "
                    + response.header("Location"));
        }
        return session;
    }

    public static String newCsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A signed-in session: its cookie and a CSRF token already set in the CSRF cookie. */
    public record SignedIn(String username, String sessionCookie, String csrfToken) {

        /** The same account signed in again, as from a second browser: a new session cookie. */
        public SignedIn signInAgain() {
            return new SignedIn(username, signIn(username, PASSWORD), newCsrfToken());
        }

        /** A request with the session and CSRF cookies and the CSRF header (which JSON calls need); redirects not followed. */
        public RequestSpecification given() {
            return io.restassured.RestAssured.given()
                    .redirects()
                    .follow(false)
                    .cookie(SESSION_COOKIE, sessionCookie)
                    .cookie(CSRF_COOKIE, csrfToken);
        }

        /** A form post carrying the CSRF token, as the form tag emits it. */
        public RequestSpecification form() {
            return given().contentType(ContentType.URLENC).formParam(CSRF_FIELD, csrfToken);
        }

        /** A request carrying the CSRF token in its header, for a body that is neither a form nor JSON (a file upload). */
        public RequestSpecification withCsrfHeader() {
            return given().header(CSRF_HEADER, csrfToken);
        }

        /** A JSON call carrying the CSRF token in its header. */
        public RequestSpecification json() {
            return given().contentType(ContentType.JSON).header(CSRF_HEADER, csrfToken);
        }
    }
}
