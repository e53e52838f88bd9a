package org.vfmworkbook.security;

import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;

import io.quarkus.runtime.Startup;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The one place access is decided, for every route, after routing: it reads the {@link Access} declared on the matched resource
 * method (or its class) and hands the permission, the signed-in user and the router's path parameters to the {@link AccessCheck}
 * that decides it. Nothing here looks at how the path was spelled; {@code web/CanonicalPaths} has already refused or redirected
 * every path that is not written the one way the application writes it. A matched method with no declared access is refused.
 */
@Startup // created at start, so a permission that no check decides stops the application starting
@Singleton
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    private final CurrentUser currentUser;
    private final Map<Permission, AccessCheck> checks = new EnumMap<>(Permission.class);

    AccessFilter(CurrentUser currentUser, Instance<AccessCheck> checks) {
        this.currentUser = currentUser;
        for (AccessCheck check : checks) {
            for (Permission permission : check.decides()) {
                AccessCheck other = this.checks.put(permission, check);
                if (other != null) {
                    throw new IllegalStateException(permission + " is decided by both " + other + " and " + check);
                }
            }
        }
        for (Permission permission : Permission.values()) {
            if (!this.checks.containsKey(permission)) {
                throw new IllegalStateException("No AccessCheck decides " + permission);
            }
        }
    }

    /** After the CSRF check, so a forged form is refused before anything about the resource is looked up. */
    @WithFormRead
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void check(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            throw new NotFoundException(); // nothing was matched that could declare what it needs (an automatic OPTIONS
            // answer)
        }
        Permission needed = declared(resource.getResourceMethod());
        if (needed == null) {
            LOG.errorf(
                    "Refused %s %s: the resource method %s declares no @Access",
                    request.getMethod(), request.getUriInfo().getPath(), resource.getResourceMethod());
            throw new ForbiddenException();
        }
        User user = currentUser.user();
        if (user == null && needed != Permission.ANYONE) {
            throw new UnauthorizedException(); // the form mechanism answers with the sign-in page
        }
        checks.get(needed).check(needed, user, route(request));
    }

    /** The permission a resource method declares, on itself or else on its class; null when neither does. */
    public static Permission declared(Method method) {
        if (method == null) {
            return null;
        }
        Access access = method.getAnnotation(Access.class);
        if (access == null) {
            access = method.getDeclaringClass().getAnnotation(Access.class);
        }
        return access == null ? null : access.value();
    }

    private static MatchedRoute route(ResteasyReactiveContainerRequestContext request) {
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        return new MatchedRoute() {
            @Override
            public String pathParameter(String name) {
                return request.getUriInfo().getPathParameters().getFirst(name);
            }

            @Override
            public String formField(String name) {
                Object value = context.getFormParameter(name, true, false);
                return value == null ? null : value.toString();
            }
        };
    }
}
