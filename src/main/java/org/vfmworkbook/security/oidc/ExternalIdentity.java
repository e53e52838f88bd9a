package org.vfmworkbook.security.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.vfmworkbook.security.Account;

/**
 * Someone a council's identity provider vouched for: issuer and subject (the provider's stable id for them), with the e-mail and name
 * it gave last time. Until an administrator links it to an {@link Account} it gives no access.
 */
@Entity
@Table(name = "external_identity", uniqueConstraints = @UniqueConstraint(columnNames = {"issuer", "subject"}))
public class ExternalIdentity extends PanacheEntity {

    /** The configured provider id (vfm.oidc.providers.&lt;id&gt;) it signed in through. */
    @Column(nullable = false, length = 40)
    public String providerId;

    @Column(nullable = false, length = 500)
    public String issuer;

    @Column(nullable = false, length = 255)
    public String subject;

    @Column(length = 254)
    public String email;

    /** What the provider said of the e-mail address; null when it did not say. */
    public Boolean emailVerified;

    @Column(length = 200)
    public String name;

    public Instant firstSignInAt;

    public Instant lastSignInAt;

    /** The account it signs in as; null while it waits for an administrator. */
    @ManyToOne
    public Account account;

    @Version
    public long version;

    public static Optional<ExternalIdentity> find(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    /** Waiting ones first, newest sign-in first. */
    public static List<ExternalIdentity> allForAdministrators() {
        return list("order by case when account is null then 0 else 1 end, lastSignInAt desc");
    }

    public boolean isWaiting() {
        return account == null;
    }
}
