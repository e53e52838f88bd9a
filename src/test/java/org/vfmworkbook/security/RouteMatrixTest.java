package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A route added without deciding who may use it fails here; so does a matrix entry for a route that no longer exists. */
class RouteMatrixTest {

    @Test
    void everyRouteHasAnEntryInTheAccessMatrix() {
        List<String> routes = Routes.all();

        assertThat(routes).as("routes with no entry in RouteMatrix.ROUTES").allSatisfy(route ->
                assertThat(RouteMatrix.ROUTES).containsKey(route));
        assertThat(RouteMatrix.ROUTES.keySet()).as("matrix entries for routes that do not exist").isSubsetOf(routes);
    }
}
