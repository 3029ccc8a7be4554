package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.List;

import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.Mailer;

/** A mailer that keeps what it is asked to send, or fails every send when told to. */
public final class RecordingMailer implements Mailer {

    private final List<Mail> sent = new ArrayList<>();
    private boolean failing;

    @Override
    public void send(Mail mail) {
        if (failing) {
            throw new IllegalStateException("SMTP server unreachable");
        }
        sent.add(mail);
    }

    public void failEverySend() {
        failing = true;
    }

    public List<Mail> sent() {
        return List.copyOf(sent);
    }
}
