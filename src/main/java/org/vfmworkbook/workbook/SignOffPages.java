package org.vfmworkbook.workbook;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;

/**
 * The sign-off page: what signing off means, what is still unfinished, the declaration and the button. Only editors with sign-off
 * rights reach it (the access filter); a form based on an older version of the workbook is refused and shown again.
 */
@Access(Permission.SIGN_OFF_WORKBOOK)
@Path("/workbooks/{id}/sign-off")
@Produces(MediaType.TEXT_HTML)
public class SignOffPages {

    static final String DECLARATION = "declaration";
    static final List<RadioItem> DECLARATION_ITEM = List.of(new RadioItem(
            "confirmed",
            "I have read this workbook and its report. It is the council's assessment of value for money for its data year, and I have "
                    + "the authority to sign it off."));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(SignOffCheck check, List<RadioItem> declaration, FormErrors errors);
    }

    private final SignOffService signOff;

    SignOffPages(SignOffService signOff) {
        this.signOff = signOff;
    }

    @GET
    public String show(@PathParam("id") long id) {
        return Templates.show(signOff.check(id), DECLARATION_ITEM, FormErrors.none())
                .render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOff(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        if (!"confirmed".equals(form.text(DECLARATION))) {
            return again(
                    id, 422, FormErrors.none().with(DECLARATION, "Confirm the declaration to sign off the workbook"));
        }
        String version = form.text("version");
        try {
            signOff.signOff(id, version == null || !version.matches("\\d{1,18}") ? -1 : Long.parseLong(version));
        } catch (StaleEditException stale) {
            return again(id, 409, FormErrors.none().with(DECLARATION, stale.getMessage()));
        }
        return Response.seeOther(URI.create("/workbooks/" + id)).build();
    }

    private Response again(long id, int status, FormErrors errors) {
        return Response.status(status)
                .entity(Templates.show(signOff.check(id), DECLARATION_ITEM, errors)
                        .render())
                .build();
    }
}
