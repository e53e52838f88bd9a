package org.vfmworkbook.security;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
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

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;

/** Administrators manage accounts: list, create, disable and enable, reset a password. */
@Access(Permission.ADMINISTRATOR)
@Path("/admin/accounts")
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AccountAdminPages {

    /** One row of the accounts table. */
    @TemplateData
    public record AccountRow(
            long id,
            String displayName,
            String username,
            String role,
            String council,
            boolean enabled,
            boolean canSignOff,
            boolean isYou,
            boolean councilEditor,
            boolean director) {

        public String disableAction() {
            return "/admin/accounts/" + id + "/disable";
        }

        public String enableAction() {
            return "/admin/accounts/" + id + "/enable";
        }

        public String resetPasswordAction() {
            return "/admin/accounts/" + id + "/reset-password";
        }

        public String directorAction() {
            return "/admin/accounts/" + id + "/director";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccountRow> accounts, String notice);

        static native TemplateInstance create(
                AccountForm form, FormErrors errors, List<RadioItem> roles, List<RadioItem> councils);

        static native TemplateInstance resetPassword(AccountRow account, FormErrors errors);
    }

    private final Accounts accounts;
    private final NationalDataStore nationalData;
    private final CurrentUser currentUser;

    public AccountAdminPages(Accounts accounts, NationalDataStore nationalData, CurrentUser currentUser) {
        this.accounts = accounts;
        this.nationalData = nationalData;
        this.currentUser = currentUser;
    }

    @GET
    public String list() {
        return Templates.list(rows(), null).render();
    }

    @GET
    @Path("new")
    public String create() {
        return Templates.create(AccountForm.empty(), FormErrors.none(), roles(), councils())
                .render();
    }

    @POST
    public Response save(
            @RestForm String displayName,
            @RestForm String username,
            @RestForm String role,
            @RestForm String councilCode,
            @RestForm boolean canSignOff,
            @RestForm boolean director,
            @RestForm String password,
            @RestForm String confirmPassword) {
        AccountForm form = new AccountForm(displayName, username, role, councilCode, canSignOff, director);
        FormErrors errors = form.checkIdentity(accounts);
        errors = form.checkRoleAndCouncil(errors, nationalData.councilCodes());
        errors = AccountForm.checkPassword(
                errors, password, confirmPassword, form.person(councilNames().get(councilCode)));
        if (errors.isPresent()) {
            return Response.status(422)
                    .entity(Templates.create(form, errors, roles(), councils()).render())
                    .build();
        }
        accounts.create(new Accounts.NewAccount(
                username, displayName, password, form.chosenRole(), councilCode, canSignOff, director));
        return Response.seeOther(URI.create("/admin/accounts")).build();
    }

    /** Makes a council editor their council's director, or not (ADR 0011). */
    @POST
    @Path("{id}/director")
    public Response setDirector(@PathParam("id") long id, @RestForm boolean director) {
        accounts.setDirector(id, director);
        return Response.seeOther(URI.create("/admin/accounts")).build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        if (accounts.find(id).username.equals(currentUser.getUsername())) {
            throw new ForbiddenException("You cannot disable your own account");
        }
        accounts.setEnabled(id, false);
        return Response.seeOther(URI.create("/admin/accounts")).build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        accounts.setEnabled(id, true);
        return Response.seeOther(URI.create("/admin/accounts")).build();
    }

    @GET
    @Path("{id}/reset-password")
    public String resetPassword(@PathParam("id") long id) {
        return Templates.resetPassword(row(accounts.find(id), councilNames()), FormErrors.none())
                .render();
    }

    @POST
    @Path("{id}/reset-password")
    public Response saveNewPassword(
            @PathParam("id") long id, @RestForm String password, @RestForm String confirmPassword) {
        Account account = accounts.find(id);
        PasswordRules.Person person = new PasswordRules.Person(
                account.username,
                account.displayName,
                account.councilCode == null ? null : councilNames().get(account.councilCode));
        FormErrors errors = AccountForm.checkPassword(FormErrors.none(), password, confirmPassword, person);
        if (errors.isPresent()) {
            return Response.status(422)
                    .entity(Templates.resetPassword(row(account, councilNames()), errors)
                            .render())
                    .build();
        }
        accounts.resetPassword(id, password);
        return Response.seeOther(URI.create("/admin/accounts")).build();
    }

    private List<AccountRow> rows() {
        Map<String, String> names = councilNames();
        return accounts.all().stream().map(account -> row(account, names)).toList();
    }

    private AccountRow row(Account account, Map<String, String> councilNames) {
        String council = account.councilCode == null
                ? "None"
                : councilNames.getOrDefault(account.councilCode, account.councilCode);
        return new AccountRow(
                account.id,
                account.displayName,
                account.username,
                account.role.label(),
                council,
                account.enabled,
                account.canSignOff,
                account.username.equals(currentUser.getUsername()),
                account.role == Role.COUNCIL_EDITOR,
                account.director);
    }

    private Map<String, String> councilNames() {
        return nationalData.councils().stream()
                .collect(Collectors.toMap(CouncilRecord::code, CouncilRecord::name, (a, b) -> a));
    }

    static List<RadioItem> roles() {
        return Arrays.stream(Role.values())
                .map(role -> new RadioItem(role.name(), role.label()))
                .toList();
    }

    private List<RadioItem> councils() {
        List<RadioItem> items = new java.util.ArrayList<>();
        items.add(new RadioItem("", "Select a council"));
        nationalData.councils().stream()
                .filter(council -> council.endDate() == null)
                .map(council -> new RadioItem(council.code(), council.name()))
                .forEach(items::add);
        return items;
    }
}
