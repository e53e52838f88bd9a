package org.vfmworkbook.report;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.vfmworkbook.security.WorkbookAccess;
import org.vfmworkbook.security.WorkbookSharing;

/**
 * The report tests read fixture workbooks that are not stored; this gives the access filter their council (no
 * shares) so that the same access rules apply to them as to stored ones.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixtureWorkbookAccess extends WorkbookSharing {

    @Override
    public Optional<WorkbookAccess> accessFor(long workbookId) {
        Optional<WorkbookAccess> stored = super.accessFor(workbookId);
        if (stored.isPresent()) {
            return stored;
        }
        return FixtureWorkbooks.fixture(workbookId)
                .map(w -> new WorkbookAccess(w.councilCode(), Set.of(), Set.of(), w.signedOff()));
    }
}
