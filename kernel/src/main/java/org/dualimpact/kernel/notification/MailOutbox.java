package org.dualimpact.kernel.notification;

import java.util.List;

/**
 * The development outbox: where mail is kept when no SMTP server is configured, so that whoever runs
 * the embedded default can read what would have been sent.
 */
public interface MailOutbox {

    /** Keeps a mail, in the caller's transaction. */
    void keep(Mail mail);

    /** Kept mails, newest first, skipping {@code offset} and returning at most {@code limit}. */
    List<KeptMail> newestFirst(long offset, int limit);

    /** How many mails are kept. */
    long count();
}
