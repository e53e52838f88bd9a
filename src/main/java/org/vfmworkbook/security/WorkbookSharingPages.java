package org.vfmworkbook.security;

import java.net.URI;
import java.util.List;

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

import org.vfmworkbook.web.FormErrors;

/** Who a workbook is shared with: share it, read-only, with a named person or the region's peer reviewers, or withdraw a share. */
@Access(Permission.SHARE_WORKBOOK)
@Path("/workbooks/{id}/sharing")
@Produces(MediaType.TEXT_HTML)
public class WorkbookSharingPages {

    /** One current share, for the table. */
    @TemplateData
    public record ShareRow(
            long id, String sharedWith, String sharedBy, java.time.Instant sharedAt, String withdrawAction) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                String workbookHref,
                String shareAction,
                List<ShareRow> shares,
                String regionCode,
                boolean sharedWithRegion,
                String username,
                FormErrors errors);
    }

    private final WorkbookSharing sharing;
    private final CurrentUser currentUser;
    private final Accounts accounts;

    public WorkbookSharingPages(WorkbookSharing sharing, CurrentUser currentUser, Accounts accounts) {
        this.sharing = sharing;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @GET
    public String show(@PathParam("id") long id) {
        requireCanShare(id);
        return page(id, "", FormErrors.none());
    }

    @POST
    public Response share(@PathParam("id") long id, @RestForm String username, @RestForm String region) {
        requireCanShare(id);
        if ("true".equals(region)) {
            sharing.shareWithRegion(id, currentUser.required(), sharing.regionOf(id));
            return Response.seeOther(URI.create("/workbooks/" + id + "/sharing"))
                    .build();
        }
        String problem = username == null || username.isBlank()
                ? "Enter the email address of the person to share with"
                : accounts.findByUsername(username).isEmpty()
                        ? "There is no account with this email address: ask your administrator"
                        : null;
        if (problem != null) {
            return Response.status(422)
                    .entity(page(id, username, FormErrors.none().with("username", problem)))
                    .build();
        }
        sharing.shareWithUser(id, currentUser.required(), username);
        return Response.seeOther(URI.create("/workbooks/" + id + "/sharing")).build();
    }

    @POST
    @Path("{shareId}/withdraw")
    public Response withdraw(@PathParam("id") long id, @PathParam("shareId") long shareId) {
        sharing.withdraw(id, shareId, currentUser.required());
        return Response.seeOther(URI.create("/workbooks/" + id + "/sharing")).build();
    }

    private String page(long id, String username, FormErrors errors) {
        String region = sharing.regionOf(id);
        List<WorkbookShare> active = sharing.active(id);
        List<ShareRow> rows = active.stream()
                .map(share -> new ShareRow(
                        share.id,
                        share.describe(),
                        share.sharedBy,
                        share.sharedAt,
                        "/workbooks/" + id + "/sharing/" + share.id + "/withdraw"))
                .toList();
        boolean sharedWithRegion =
                active.stream().anyMatch(share -> share.regionCode != null && share.regionCode.equals(region));
        return Templates.show(
                        "/workbooks/" + id,
                        "/workbooks/" + id + "/sharing",
                        rows,
                        region,
                        sharedWithRegion,
                        username,
                        errors)
                .render();
    }

    private void requireCanShare(long id) {
        WorkbookAccess access = sharing.accessFor(id).orElseThrow();
        if (!AccessRules.canShare(currentUser.user(), access)) {
            throw new ForbiddenException();
        }
    }
}
