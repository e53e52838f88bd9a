package org.vfmworkbook.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.vfmworkbook.web.Fmt;

/**
 * When a session ends if the person does nothing: the sign-in cookie lasts {@code quarkus.http.auth.form.timeout} from when it was
 * last renewed, and it is renewed on a request at most once every {@code new-cookie-interval}, so a page answered now is certain of
 * the session until now + timeout − interval (and it may last up to an interval longer). The layout states that time
 * ({@code {inject:sessionTimeout.endsAt}}) and js/session-timeout.js warns {@link #warningSeconds()} before it.
 */
@ApplicationScoped
@Named("sessionTimeout")
public class SessionTimeout {

    private final Duration certain;
    private final Duration idle;
    private final Duration warning;
    private final Clock clock;

    public SessionTimeout(
            VertxHttpConfig http,
            @ConfigProperty(name = "vfm.security.session-warning", defaultValue = "PT2M") Duration warning) {
        FormAuthConfig form = http.auth().form();
        this.idle = form.timeout();
        this.certain = form.timeout().minus(form.newCookieInterval());
        this.warning = warning.compareTo(certain) > 0 ? certain : warning;
        this.clock = Clock.systemUTC();
    }

    /** Seconds the session certainly lasts from a request answered now. */
    public long secondsLeft() {
        return certain.toSeconds();
    }

    /** How long before the end the warning opens. */
    public long warningSeconds() {
        return warning.toSeconds();
    }

    /** The time of day the session ends if nothing more is asked after this request: "2:35pm". */
    public String endsAt() {
        return Fmt.timeOfDay(clock.instant().plus(certain));
    }

    /** "30 minutes", "1 minute", "20 seconds": how long without a request signs a person out. */
    public String idleTime() {
        long minutes = idle.toMinutes();
        if (minutes == 0) {
            return idle.toSeconds() + " seconds";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
