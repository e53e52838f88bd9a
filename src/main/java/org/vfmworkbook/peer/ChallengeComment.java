package org.vfmworkbook.peer;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A peer's challenge to one council on one step, or (with {@code replyTo}) the council's reply. Never edited. */
@Entity
@Table(name = "peer_challenge_comment")
public class ChallengeComment extends PanacheEntity {

    @Column(nullable = false)
    public Long sessionId;

    @Column(nullable = false, length = 9)
    public String councilCode;

    @Column(nullable = false, length = 100)
    public String stepId;

    public Long replyTo;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(nullable = false, length = 10_000)
    public String text;

    @Column(nullable = false)
    public Instant createdAt;

    public static List<ChallengeComment> forStep(long sessionId, String stepId) {
        return list("sessionId = ?1 and stepId = ?2 order by createdAt, id", sessionId, stepId);
    }

    public static List<ChallengeComment> inSession(long sessionId) {
        return list("sessionId = ?1 order by stepId, createdAt, id", sessionId);
    }
}
