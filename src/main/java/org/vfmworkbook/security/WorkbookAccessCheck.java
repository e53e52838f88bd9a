package org.vfmworkbook.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

import org.vfmworkbook.web.ForbiddenProblem;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * Decides the workbook permissions for the workbook the router matched as {@code {id}}: it loads the workbook's council, active
 * shares and sign-off status ({@link WorkbookSharing#accessFor}) and applies {@link AccessRules}. A workbook the user may not read
 * is answered exactly like one that does not exist (404, nothing revealed); what the user may read but not do is 403, with its own
 * message when the workbook is signed off.
 */
@ApplicationScoped
class WorkbookAccessCheck implements AccessCheck {

    private final WorkbookSharing sharing;

    WorkbookAccessCheck(WorkbookSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public Set<Permission> decides() {
        return EnumSet.of(
                Permission.CREATE_WORKBOOK,
                Permission.READ_WORKBOOK,
                Permission.EDIT_WORKBOOK,
                Permission.SHARE_WORKBOOK,
                Permission.SIGN_OFF_WORKBOOK,
                Permission.NEW_VERSION);
    }

    @Override
    public void check(Permission needed, User user, MatchedRoute route) {
        if (needed == Permission.CREATE_WORKBOOK) {
            String council = route.formField("council");
            // With no council chosen, let an editor through to the form's own "Choose your council" message.
            boolean chosen = council != null && !council.isBlank();
            if (chosen ? !AccessRules.canCreateWorkbookFor(user, council) : !user.is(Role.COUNCIL_EDITOR)) {
                throw new ForbiddenException();
            }
            return;
        }
        String id = route.pathParameter("id");
        WorkbookAccess access =
                MatchedRoute.number(id).flatMap(sharing::accessFor).orElseThrow(() -> noSuchWorkbook(id));
        if (!AccessRules.canReadWorkbook(user, access)) {
            throw noSuchWorkbook(id);
        }
        boolean allowed = switch (needed) {
            case READ_WORKBOOK -> true;
            case EDIT_WORKBOOK -> AccessRules.canEditWorkbook(user, access);
            case SHARE_WORKBOOK -> AccessRules.canShare(user, access);
            case SIGN_OFF_WORKBOOK -> AccessRules.canSignOff(user, access);
            case NEW_VERSION -> AccessRules.canStartNewVersion(user, access);
            default -> throw new IllegalArgumentException(needed + " is not a workbook permission");
        };
        if (allowed) {
            return;
        }
        if (needed == Permission.EDIT_WORKBOOK && access.signedOff()) {
            throw new ForbiddenProblem(
                    "This workbook is signed off",
                    "It is locked, so nothing in it can be changed. To carry on working, start a new version from the workbook's task list.",
                    "/workbooks/" + id,
                    "Go to the workbook");
        }
        throw new ForbiddenException();
    }

    private static NotFoundProblem noSuchWorkbook(String id) {
        return new NotFoundProblem("No workbook with number " + id);
    }
}
