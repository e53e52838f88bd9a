package org.vfmworkbook.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One failed sign-in: where from and the name typed (whether or not an account has it). Rows are only ever inserted or deleted, so
 * instances sharing the database never contend for one row. {@link SignInThrottle} counts them and deletes them after its window.
 */
@Entity
@Table(
        name = "sign_in_failure",
        indexes = {
            @Index(name = "sign_in_failure_source", columnList = "source, failedAt"),
            @Index(name = "sign_in_failure_source_username", columnList = "source, username"),
            @Index(name = "sign_in_failure_failed_at", columnList = "failedAt")
        })
class SignInFailure extends PanacheEntity {

    @Column(nullable = false, length = 64)
    public String source;

    /** As typed, normalised like a username ({@link Account#normalise}); cut to the column's length. */
    @Column(nullable = false, length = 254)
    public String username;

    @Column(nullable = false)
    public Instant failedAt;
}
