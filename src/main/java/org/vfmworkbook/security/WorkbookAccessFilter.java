package org.vfmworkbook.security;

import jakarta.ws.rs.ForbiddenException;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.vfmworkbook.web.ForbiddenProblem;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * Applies {@link AccessRules} to every route under {@code /workbooks/{id}} (pages, JSON, report, PDF, CSV) in one place, before the
 * resource runs: a workbook the user may not read is answered exactly like one that does not exist (404, nothing revealed); a
 * change the user may read but not make is 403, and every change to a signed-off workbook is 403 (it is locked). Creating a workbook
 * ({@code POST /workbooks}) is for editors of that council only; so is starting a new version of a signed-off one. The sign-off page
 * is for editors with sign-off rights.
 */
public class WorkbookAccessFilter {

    /** The sign-off page and its form: only for those who may sign the workbook off (so never once it is signed off). */
    private static final String SIGN_OFF = "/workbooks/\\d+/sign-off";
    /** Starting a new version changes nothing in this workbook: it needs a signed-off workbook and an editor of its council. */
    private static final String NEW_VERSION = "/workbooks/\\d+/new-version";

    private final CurrentUser currentUser;
    private final WorkbookSharing sharing;

    public WorkbookAccessFilter(CurrentUser currentUser, WorkbookSharing sharing) {
        this.currentUser = currentUser;
        this.sharing = sharing;
    }

    @WithFormRead
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public void check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/workbooks")) {
            return;
        }
        User user = currentUser.user();
        boolean changes = Csrf.changes(request.getMethod());
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id == null) {
            if (changes && path.equals("/workbooks")) {
                String council = (String) ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                        .getFormParameter("council", true, false);
                // With no council chosen, let an editor through to the form's own "Choose your council" message.
                boolean chosen = council != null && !council.isBlank();
                if (chosen ? !AccessRules.canCreateWorkbookFor(user, council)
                        : !(user != null && user.is(org.vfmworkbook.security.Role.COUNCIL_EDITOR))) {
                    throw new ForbiddenException();
                }
            }
            return;
        }
        long workbookId = parse(id);
        WorkbookAccess access = sharing.accessFor(workbookId).orElseThrow(() -> noSuchWorkbook(id));
        if (!AccessRules.canReadWorkbook(user, access)) {
            throw noSuchWorkbook(id);
        }
        if (path.matches(SIGN_OFF)) {
            if (!AccessRules.canSignOff(user, access)) {
                throw new ForbiddenException();
            }
            return;
        }
        if (path.matches(NEW_VERSION)) {
            if (changes && !AccessRules.canStartNewVersion(user, access)) {
                throw new ForbiddenException();
            }
            return;
        }
        if (changes && !AccessRules.canEditWorkbook(user, access) && !isSharingRoute(path, user, access)) {
            if (access.signedOff()) {
                throw new ForbiddenProblem("This workbook is signed off",
                        "It is locked, so nothing in it can be changed. To carry on working, start a new version from the workbook's task list.",
                        "/workbooks/" + workbookId, "Go to the workbook");
            }
            throw new ForbiddenException();
        }
    }

    /** Sharing changes are allowed on a signed-off workbook; the sharing service checks them itself. */
    private static boolean isSharingRoute(String path, User user, WorkbookAccess access) {
        return path.matches("/workbooks/\\d+/sharing(/.*)?") && AccessRules.canShare(user, access);
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw noSuchWorkbook(id);
        }
    }

    private static NotFoundProblem noSuchWorkbook(String id) {
        return new NotFoundProblem("No workbook with number " + id);
    }
}
