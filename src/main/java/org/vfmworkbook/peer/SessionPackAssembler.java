package org.vfmworkbook.peer;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.security.User;
import org.vfmworkbook.web.Fmt;

/** Assembles the {@link SessionPack} for one person from the session as they may see it. */
@ApplicationScoped
public class SessionPackAssembler {

    private final SessionViews views;

    SessionPackAssembler(SessionViews views) {
        this.views = views;
    }

    public SessionPack assemble(long sessionId, User user) {
        return new SessionPack(
                views.view(sessionId, user),
                views.allSteps(sessionId, user),
                Fmt.date(LocalDate.now(ZoneId.of("Europe/London"))));
    }
}
