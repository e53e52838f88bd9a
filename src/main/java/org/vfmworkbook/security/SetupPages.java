package org.vfmworkbook.security;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.NotFoundProblem;

/** First-run setup: while no administrator exists, the first person to arrive creates one. Afterwards this page does not exist. */
@Access(Permission.ANYONE)
@Path("/setup")
public class SetupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AccountForm form, FormErrors errors);
    }

    private final Accounts accounts;

    public SetupPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        requireSetupNeeded();
        return Templates.show(AccountForm.empty(), FormErrors.none()).render();
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response save(
            @RestForm String displayName,
            @RestForm String username,
            @RestForm String password,
            @RestForm String confirmPassword) {
        requireSetupNeeded();
        AccountForm form = new AccountForm(displayName, username, Role.ADMINISTRATOR.name(), null, false);
        FormErrors errors =
                AccountForm.checkPassword(form.checkIdentity(accounts), password, confirmPassword, form.person(null));
        if (errors.isPresent()) {
            return Response.status(422)
                    .entity(Templates.show(form, errors).render())
                    .build();
        }
        try {
            accounts.createFirstAdministrator(username, displayName, password);
        } catch (Accounts.SetupAlreadyDone tooLate) {
            throw new NotFoundProblem("Page not found");
        }
        return Response.seeOther(URI.create("/sign-in")).build();
    }

    private void requireSetupNeeded() {
        if (!accounts.setupNeeded()) {
            throw new NotFoundProblem("Page not found");
        }
    }
}
