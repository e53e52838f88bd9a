package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A route added without deciding who may use it fails here: its resource method must declare an {@link Access} (the filter refuses
 * a method that does not), and that declaration must agree with the route's entry in {@link RouteMatrix}, written separately; so
 * does a matrix entry for a route that no longer exists.
 */
class RouteMatrixTest {

    @Test
    void everyResourceMethodDeclaresTheAccessItNeeds() {
        assertThat(Routes.all())
                .as("routes whose method declares no @Access")
                .allSatisfy(route -> assertThat(route.declared())
                        .as(route.key() + " (" + route.method() + ")")
                        .isNotNull());
    }

    @Test
    void everyRouteHasAnEntryInTheAccessMatrixThatAgreesWithItsDeclaration() {
        List<Routes.Route> routes = Routes.all();

        assertThat(routes)
                .as("routes with no entry in RouteMatrix.ROUTES, or another permission than declared")
                .allSatisfy(route -> assertThat(RouteMatrix.ROUTES.get(route.key()))
                        .as(route.key())
                        .isEqualTo(route.declared()));
        assertThat(RouteMatrix.ROUTES.keySet())
                .as("matrix entries for routes that do not exist")
                .isSubsetOf(routes.stream().map(Routes.Route::key).toList());
    }

    @Test
    void routesAreFoundByReflection() {
        assertThat(Routes.all())
                .extracting(Routes.Route::key)
                .contains("GET /workbooks/{id}", "POST /peer-sessions/{id}/participants")
                .hasSizeGreaterThan(50);
    }
}
