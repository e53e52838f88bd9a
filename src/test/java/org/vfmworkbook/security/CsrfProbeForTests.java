package org.vfmworkbook.security;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only JSON endpoint that changes nothing, to prove the CSRF header check on JSON calls. */
@Access(Permission.ANYONE)
@Path("/test-pages/csrf-probe")
public class CsrfProbeForTests {

    public record Note(String note) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Note echo(Note note) {
        return note;
    }
}
