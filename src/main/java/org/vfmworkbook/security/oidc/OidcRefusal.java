package org.vfmworkbook.security.oidc;

/** Why a sign-in through an identity provider was refused: the message shown to the person (with the provider's name) and the status. */
public enum OidcRefusal {
    UNKNOWN_PROVIDER(
            404,
            "There is no identity provider with that name. Go back to the sign-in page and choose one from the list."),
    NOT_STARTED_HERE(
            400,
            "This sign-in was not started in this browser, or took longer than allowed. Start again from the sign-in page."),
    PROVIDER_SAID_NO(400, "%s did not sign you in. Start again, or ask your administrator if it keeps happening."),
    UNREACHABLE(
            502, "We could not reach %s. Try again in a few minutes, or sign in with your email address and password."),
    CODE_REFUSED(400, "%s would not confirm this sign-in. Start again from the sign-in page."),
    BAD_SIGNATURE(400, "The identity token from %s was not signed with its published keys, so it cannot be trusted."),
    WRONG_ISSUER(400, "The identity token did not come from %s."),
    WRONG_AUDIENCE(400, "The identity token from %s was issued for another service, not for VfM Workbook."),
    EXPIRED(
            400,
            "The identity token from %s has expired or is not valid yet. Check this computer's clock and start again."),
    WRONG_NONCE(400, "The identity token from %s does not belong to this sign-in. Start again from the sign-in page."),
    INCOMPLETE_TOKEN(
            400, "The identity token from %s does not say who you are. Ask your administrator to check its set-up."),
    DISABLED(403, "Your account has been disabled. Ask your administrator if you need access again.");

    private final int status;
    private final String message;

    OidcRefusal(int status, String message) {
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String message(String providerName) {
        return message.formatted(providerName == null ? "Your identity provider" : providerName);
    }

    /** Thrown where a check fails; the flow turns it into the refusal page. */
    static final class Refused extends Exception {
        final OidcRefusal reason;

        Refused(OidcRefusal reason, String detail) {
            super(reason + ": " + detail, null, false, false);
            this.reason = reason;
        }
    }
}
