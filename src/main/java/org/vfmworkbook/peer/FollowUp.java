package org.vfmworkbook.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A follow-up the session agreed: what, who, by when. */
@Entity
@Table(name = "peer_follow_up")
public class FollowUp extends PanacheEntity {

    @Column(nullable = false)
    public Long sessionId;

    @Column(nullable = false, length = 2_000)
    public String what;

    @Column(nullable = false, length = 200)
    public String owner;

    public LocalDate due;

    @Column(nullable = false)
    public Instant createdAt;

    public static List<FollowUp> inSession(long sessionId) {
        return list("sessionId = ?1 order by createdAt, id", sessionId);
    }
}
