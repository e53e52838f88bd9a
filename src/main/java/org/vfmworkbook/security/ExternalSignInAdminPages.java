package org.vfmworkbook.security;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.security.oidc.ExternalIdentities;
import org.vfmworkbook.security.oidc.ExternalIdentity;
import org.vfmworkbook.security.oidc.IdentityProviders;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.web.SummaryRow;

/**
 * Administrators give access to people who signed in through a council's identity provider: each first sign-in waits here until an
 * administrator creates its account, with a role and one of the councils that provider serves.
 */
@Access(Permission.ADMINISTRATOR)
@Path("/admin/external-sign-ins")
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class ExternalSignInAdminPages {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));

    /** One row of the list. */
    @TemplateData
    public record IdentityRow(
            long id,
            String provider,
            String email,
            String name,
            String subject,
            String lastSignIn,
            boolean waiting,
            String account) {

        public String giveAccessHref() {
            return "/admin/external-sign-ins/" + id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<IdentityRow> identities);

        static native TemplateInstance giveAccess(
                IdentityRow identity,
                List<SummaryRow> details,
                AccountForm form,
                FormErrors errors,
                List<RadioItem> roles,
                List<RadioItem> councils);
    }

    private final ExternalIdentities identities;
    private final Accounts accounts;
    private final IdentityProviders providers;
    private final NationalDataStore nationalData;

    public ExternalSignInAdminPages(
            ExternalIdentities identities,
            Accounts accounts,
            IdentityProviders providers,
            NationalDataStore nationalData) {
        this.identities = identities;
        this.accounts = accounts;
        this.providers = providers;
        this.nationalData = nationalData;
    }

    @GET
    public String list() {
        return Templates.list(identities.all().stream().map(this::row).toList()).render();
    }

    @GET
    @Path("{id}")
    public Response giveAccess(@PathParam("id") long id) {
        ExternalIdentity identity = identities.find(id);
        AccountForm form = new AccountForm(
                identity.name == null ? "" : identity.name,
                identity.email == null ? "" : identity.email,
                "",
                "",
                false);
        return page(identity, form, FormErrors.none(), 200);
    }

    @POST
    @Path("{id}")
    public Response saveAccess(
            @PathParam("id") long id,
            @RestForm String displayName,
            @RestForm String username,
            @RestForm String role,
            @RestForm String councilCode,
            @RestForm boolean canSignOff) {
        ExternalIdentity identity = identities.find(id);
        if (!identity.isWaiting()) {
            return Response.seeOther(URI.create("/admin/external-sign-ins")).build();
        }
        AccountForm form = new AccountForm(displayName, username, role, councilCode, canSignOff);
        FormErrors errors = form.checkIdentity(accounts);
        errors = form.checkRoleAndCouncil(errors, Set.copyOf(providers.councilsServedBy(identity.providerId)));
        if (errors.isPresent()) {
            return page(identity, form, errors, 422);
        }
        identities.giveAccess(
                id,
                new Accounts.NewAccount(
                        username,
                        displayName,
                        ExternalIdentities.unknownPassword(),
                        form.chosenRole(),
                        councilCode,
                        canSignOff));
        return Response.seeOther(URI.create("/admin/external-sign-ins")).build();
    }

    private Response page(ExternalIdentity identity, AccountForm form, FormErrors errors, int status) {
        IdentityRow row = row(identity);
        List<SummaryRow> details = List.of(
                new SummaryRow("Identity provider", row.provider()),
                new SummaryRow(
                        "Email address",
                        row.email()
                                + (Boolean.TRUE.equals(identity.emailVerified) ? " (verified by the provider)" : "")),
                new SummaryRow("Name", row.name()),
                new SummaryRow("Subject (the provider's id for them)", row.subject()),
                new SummaryRow("Last sign-in", row.lastSignIn()));
        String page = Templates.giveAccess(
                        row, details, form, errors, AccountAdminPages.roles(), councils(identity.providerId))
                .render();
        return Response.status(status).entity(page).build();
    }

    private IdentityRow row(ExternalIdentity identity) {
        return new IdentityRow(
                identity.id,
                providers.displayName(identity.providerId),
                orNone(identity.email),
                orNone(identity.name),
                identity.subject,
                identity.lastSignInAt == null ? "" : WHEN.format(identity.lastSignInAt),
                identity.isWaiting(),
                identity.isWaiting() ? null : identity.account.displayName);
    }

    private List<RadioItem> councils(String providerId) {
        Set<String> served = Set.copyOf(providers.councilsServedBy(providerId));
        List<RadioItem> items = new ArrayList<>();
        items.add(new RadioItem("", "Select a council"));
        nationalData.councils().stream()
                .filter(council -> served.contains(council.code()))
                .map(council -> new RadioItem(council.code(), council.name()))
                .collect(Collectors.toCollection(() -> items));
        return items;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "Not given" : value;
    }
}
