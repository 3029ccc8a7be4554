package org.dualimpact.kernel.notification;

import java.time.Instant;
import java.util.Objects;

/** A mail kept in the development outbox instead of being sent: its number, when it was kept, and the mail. */
public record KeptMail(long id, Instant keptAt, Mail mail) {

    public KeptMail {
        Objects.requireNonNull(keptAt, "keptAt");
        Objects.requireNonNull(mail, "mail");
    }
}
