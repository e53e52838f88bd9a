package org.vfmworkbook.steps;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/** The step definitions as JSON: what the workbook asks, shows and explains at each step. */
@Access(Permission.ANYONE)
@Path("/api/steps")
@Produces(MediaType.APPLICATION_JSON)
public class StepResource {

    private final StepCatalogue catalogue;

    public StepResource(StepCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<StepDefinition> all() {
        return catalogue.all();
    }

    @GET
    @Path("/{id}")
    public StepDefinition byId(@PathParam("id") String id) {
        return catalogue.byId(id);
    }
}
