package org.vfmworkbook.peer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.workbook.AgreedFollowUps;

/** The follow-ups of the sessions a workbook takes part in, for its action plan. */
@ApplicationScoped
class SessionFollowUps implements AgreedFollowUps {

    @Override
    @Transactional
    public List<Agreed> forWorkbook(long workbookId) {
        List<SessionParticipant> taking =
                SessionParticipant.list("workbookId = ?1 and withdrawnAt is null", workbookId);
        return taking.stream()
                .flatMap(p -> {
                    PeerSession session = PeerSession.findById(p.sessionId);
                    return FollowUp.inSession(p.sessionId).stream()
                            .map(f -> new Agreed(f.id, f.sessionId, session.title, f.what, f.owner, f.due));
                })
                .toList();
    }
}
