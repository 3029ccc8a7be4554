package org.dualimpact.kernel.notification;

import java.util.Objects;

/** A plain-text e-mail to one recipient. Rules: every part is non-blank; the subject is one line. */
public record Mail(String to, String subject, String body) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank() || subject.isBlank() || body.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject and a body");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a mail subject is one line");
        }
    }
}
