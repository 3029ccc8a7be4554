package org.dualimpact.kernel.notification;

/**
 * Sends mail. Adapters deliver it through SMTP or, in the embedded default, keep it in an outbox
 * that an administrator can read. A failure to deliver throws; callers decide whether it undoes
 * their change.
 */
public interface Mailer {

    void send(Mail mail);
}
