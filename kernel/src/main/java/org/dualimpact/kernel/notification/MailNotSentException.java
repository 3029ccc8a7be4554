package org.dualimpact.kernel.notification;

/**
 * A {@link Mailer} could not take a mail: its recipient is not a valid e-mail address, or the mail
 * server refused or could not be reached. The caller decides whether that undoes its change.
 */
public class MailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the mail was not sent. */
    public enum Reason {
        /** The recipient is not one valid e-mail address; sending again will not help. */
        BAD_ADDRESS,
        /** The mail server refused the mail or could not be reached; sending later may succeed. */
        DELIVERY_FAILED
    }

    private final Reason reason;

    public MailNotSentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
