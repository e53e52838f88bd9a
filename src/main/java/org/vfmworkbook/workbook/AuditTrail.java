package org.vfmworkbook.workbook;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

/** Writes an {@link AuditEntry} for every changed field. Called by the services inside their transactions. */
@ApplicationScoped
class AuditTrail {

    private final CurrentActor actor;
    private final Clock clock;

    AuditTrail(CurrentActor actor) {
        this.actor = actor;
        this.clock = Clock.systemUTC();
    }

    String who() {
        return actor.name();
    }

    String displayName() {
        return actor.displayName();
    }

    Instant now() {
        return clock.instant();
    }

    /** Records the change when old and new differ; returns whether they did. */
    boolean record(Workbook workbook, String stepId, String what, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : String.valueOf(oldValue);
        String after = newValue == null ? null : String.valueOf(newValue);
        if (Objects.equals(before, after)) {
            return false;
        }
        AuditEntry entry = new AuditEntry();
        entry.workbookId = workbook.id;
        entry.stepId = stepId;
        entry.what = what;
        entry.oldValue = before;
        entry.newValue = after;
        entry.who = who();
        entry.at = now();
        entry.persist();
        return true;
    }
}
