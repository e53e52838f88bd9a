package org.vfmworkbook.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The current browser's CSRF token for templates: {@code {inject:csrf.token}} (the {@code csrf} tag uses it). */
@ApplicationScoped
@Named("csrf")
public class CsrfToken {

    /** The hidden field's name. */
    public String fieldName() {
        return Csrf.FIELD;
    }

    /** The token, or an empty string outside an HTTP request (a template rendered in a test or a background job). */
    public String token() {
        if (!Arc.container().requestContext().isActive()) {
            return "";
        }
        RoutingContext context =
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (context == null) {
            return "";
        }
        String token = context.get(Csrf.CONTEXT_KEY);
        return token != null ? token : Csrf.ensureToken(context);
    }
}
