package org.dualimpact.persistence.identity;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dualimpact.kernel.identity.User;
import org.dualimpact.kernel.identity.UserId;

@Entity
@Table(name = "APP_USER")
public class UserEntity {

    @Id
    @Column(name = "ID", length = 30)
    private String id;

    @Column(name = "ISSUER", nullable = false, length = 500)
    private String issuer;

    @Column(name = "SUBJECT", nullable = false, length = 500)
    private String subject;

    @Column(name = "NAME", length = 500)
    private String name;

    @Column(name = "EMAIL", length = 500)
    private String email;

    @Column(name = "ERASED", nullable = false)
    private short erased;

    protected UserEntity() {
    }

    UserEntity(User user) {
        this.id = user.id().value();
        this.issuer = user.issuer();
        this.subject = user.subject();
        update(user);
    }

    final void update(User user) {
        this.name = user.name().orElse(null);
        this.email = user.email().orElse(null);
        this.erased = (short) (user.erased() ? 1 : 0);
    }

    User toDomain() {
        return new User(new UserId(id), issuer, subject, Optional.ofNullable(name), Optional.ofNullable(email), erased != 0);
    }
}
