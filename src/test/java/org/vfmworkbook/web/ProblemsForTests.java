package org.vfmworkbook.web;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/** Test-only endpoints that fail on purpose, so the error mappers can be seen at work. */
@Access(Permission.ANYONE)
@Path("/")
public class ProblemsForTests {

    @GET
    @Path("test-problems/council/{code}")
    @Produces(MediaType.TEXT_HTML)
    public String councilPage(@PathParam("code") String code) {
        throw new NotFoundProblem("No council with code " + code);
    }

    @GET
    @Path("api/test-problems/council/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public String councilApi(@PathParam("code") String code) {
        throw new NotFoundProblem("No council with code " + code);
    }

    @GET
    @Path("test-problems/forbidden")
    @Produces(MediaType.TEXT_HTML)
    public String forbidden() {
        throw new ForbiddenException();
    }

    @GET
    @Path("test-problems/broken")
    @Produces(MediaType.TEXT_HTML)
    public String broken() {
        throw new IllegalStateException("secret internal detail");
    }
}
