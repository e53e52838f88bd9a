package org.vfmworkbook.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Issues the CSRF cookie on every request (so any page can render a form) and rejects, with 403, every state-changing request to a
 * resource that does not carry the same token: forms in the {@value Csrf#FIELD} field, anything else in the {@value Csrf#HEADER}
 * header. The sign-in form posts to Quarkus' own form-authentication handler, not to a resource; see docs/security.md.
 */
@ApplicationScoped
public class CsrfFilters {

    private static final Logger LOG = Logger.getLogger(CsrfFilters.class);

    void issueCookie(@Observes Filters filters) {
        filters.register(
                context -> {
                    Csrf.ensureToken(context);
                    context.next();
                },
                90);
    }

    @WithFormRead
    @ServerRequestFilter
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!Csrf.changes(request.getMethod())) {
            return;
        }
        String expected = Csrf.fromCookie(routing);
        String submitted = isForm(request.getMediaType())
                ? (String) ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                        .getFormParameter(Csrf.FIELD, true, false)
                : request.getHeaderString(Csrf.HEADER);
        if (!Csrf.matches(expected, submitted)) {
            LOG.infof(
                    "Rejected %s %s: %s",
                    request.getMethod(),
                    routing.normalizedPath(),
                    expected == null ? "no CSRF cookie" : "CSRF token missing or wrong");
            throw new ForbiddenException("The form could not be sent: go back, refresh the page and try again");
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
