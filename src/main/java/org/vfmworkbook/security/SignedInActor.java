package org.vfmworkbook.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.arc.Arc;

import org.vfmworkbook.workbook.CurrentActor;
import org.vfmworkbook.workbook.ReadableWorkbooks;
import org.vfmworkbook.workbook.WorkbookPermissions;

/**
 * Replaces the workbook's placeholder actor: changes are recorded against the signed-in person's username, and what the pages offer
 * them is decided by {@link AccessRules}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SignedInActor extends CurrentActor {

    private final WorkbookSharing sharing;

    SignedInActor(WorkbookSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        User user = user();
        return user == null ? "anonymous" : user.username();
    }

    @Override
    public String displayName() {
        User user = Arc.container().requestContext().isActive() ? user() : null;
        return user == null ? name() : user.displayName();
    }

    @Override
    public WorkbookPermissions permissionsFor(long workbookId) {
        User user = user();
        return sharing.accessFor(workbookId)
                .map(access -> new WorkbookPermissions(
                        AccessRules.canEditWorkbook(user, access),
                        AccessRules.canSignOff(user, access),
                        AccessRules.canShare(user, access),
                        AccessRules.canStartNewVersion(user, access)))
                .orElse(WorkbookPermissions.NONE);
    }

    @Override
    public java.util.Optional<String> councilForNewWorkbooks() {
        User user = user();
        return user != null && AccessRules.canCreateWorkbookFor(user, user.councilCode())
                ? java.util.Optional.of(user.councilCode())
                : java.util.Optional.empty();
    }

    @Override
    public ReadableWorkbooks readable() {
        User user = user();
        if (user == null) {
            return ReadableWorkbooks.NONE;
        }
        String own = AccessRules.canReadWorkbook(user, WorkbookAccess.unshared(user.councilCode(), false))
                ? user.councilCode()
                : null;
        Set<Long> shared = sharing.sharedWith(user).stream()
                .filter(id -> sharing.accessFor(id)
                        .filter(access -> !access.councilCode().equals(own)
                                && AccessRules.isSharedWith(user, access)
                                && AccessRules.canReadWorkbook(user, access))
                        .isPresent())
                .collect(Collectors.toSet());
        return new ReadableWorkbooks(own, shared);
    }

    private static User user() {
        return Arc.container().instance(CurrentUser.class).get().user();
    }
}
