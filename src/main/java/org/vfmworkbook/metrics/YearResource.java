package org.vfmworkbook.metrics;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/** The data years held, as JSON. */
@Access(Permission.ANYONE)
@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class YearResource {

    private final NationalComparisons comparisons;

    YearResource(NationalComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GET
    @Operation(summary = "The data years held, newest first")
    public List<String> years() {
        return comparisons.years();
    }
}
