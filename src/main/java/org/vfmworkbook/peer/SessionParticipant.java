package org.vfmworkbook.peer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A council taking part in a session by sharing its workbook with it. Withdrawing keeps the row (for the record)
 * but hides the council's answers from the session.
 */
@Entity
@Table(
        name = "peer_session_participant",
        uniqueConstraints = @UniqueConstraint(columnNames = {"sessionId", "workbookId"}))
public class SessionParticipant extends PanacheEntity {

    @Column(nullable = false)
    public Long sessionId;

    @Column(nullable = false)
    public Long workbookId;

    @Column(nullable = false, length = 9)
    public String councilCode;

    @Column(nullable = false)
    public Instant joinedAt;

    public Instant withdrawnAt;

    @Version
    public long version;

    public boolean active() {
        return withdrawnAt == null;
    }

    public static List<SessionParticipant> activeIn(long sessionId) {
        return list("sessionId = ?1 and withdrawnAt is null order by councilCode", sessionId);
    }

    public static Optional<SessionParticipant> find(long sessionId, long workbookId) {
        return find("sessionId = ?1 and workbookId = ?2", sessionId, workbookId).firstResultOptional();
    }
}
