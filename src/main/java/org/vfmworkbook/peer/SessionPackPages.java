package org.vfmworkbook.peer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.CurrentUser;
import org.vfmworkbook.security.Permission;

/**
 * A peer-challenge session's pack, as a printable page and as a PDF, both written from the one {@link SessionPack}.
 * {@link SessionAccessCheck} decides who may see it before a method runs.
 */
@Path("/peer-sessions/{id}")
@Produces(MediaType.TEXT_HTML)
public class SessionPackPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pack(SessionPack pack);
    }

    private final SessionPackAssembler packs;
    private final SessionPackPdf packPdf;
    private final CurrentUser currentUser;

    SessionPackPages(SessionPackAssembler packs, SessionPackPdf packPdf, CurrentUser currentUser) {
        this.packs = packs;
        this.packPdf = packPdf;
        this.currentUser = currentUser;
    }

    @Access(Permission.SEE_SESSION)
    @GET
    @Path("/pack")
    public String pack(@PathParam("id") long id) {
        return Templates.pack(packs.assemble(id, currentUser.user())).render();
    }

    @Access(Permission.SEE_SESSION)
    @GET
    @Path("/pack.pdf")
    @Produces("application/pdf")
    public Response packPdf(@PathParam("id") long id) {
        SessionPack pack = packs.assemble(id, currentUser.user());
        return Response.ok(packPdf.render(pack), "application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"peer-challenge-" + id + "-"
                                + pack.session().year() + ".pdf\"")
                .build();
    }
}
