package org.vfmworkbook.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The follow-ups agreed in the peer-challenge sessions a workbook takes part in: what the action plan offers to accept. Implemented
 * by the peer-challenge side, so the workbook does not depend on how sessions are stored.
 */
public interface AgreedFollowUps {

    /** One agreed follow-up; {@code due} null when the session gave no date. */
    record Agreed(long id, long sessionId, String sessionTitle, String what, String owner, LocalDate due) {}

    /** The follow-ups of every session the workbook takes part in (not withdrawn from), oldest first. */
    List<Agreed> forWorkbook(long workbookId);

    /** One of them, when it belongs to a session the workbook takes part in. */
    default Optional<Agreed> find(long workbookId, long followUpId) {
        return forWorkbook(workbookId).stream()
                .filter(f -> f.id() == followUpId)
                .findFirst();
    }
}
