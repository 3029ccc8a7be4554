package org.dualimpact.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.dualimpact.kernel.notification.MailNotSentException;

/**
 * E-mail addresses parsed strictly (RFC 822 syntax, as Jakarta Mail's {@link InternetAddress} checks it):
 * exactly one address, no control characters, so no text can slip into another header.
 */
final class MailAddresses {

    private MailAddresses() {
    }

    /** The one address in {@code text}, or {@link MailNotSentException} ({@code BAD_ADDRESS}) saying why not. */
    static InternetAddress one(String role, String text) {
        if (text == null || text.isBlank()) {
            throw bad(role, text, "it is empty", null);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw bad(role, text, "it contains a line break or another control character", null);
        }
        try {
            InternetAddress[] addresses = InternetAddress.parse(text, true);
            if (addresses.length != 1) {
                throw bad(role, text, "it holds " + addresses.length + " addresses, not one", null);
            }
            InternetAddress address = addresses[0];
            if (address.isGroup()) {
                throw bad(role, text, "it is a group, not one address", null);
            }
            address.validate();
            return address;
        } catch (AddressException e) {
            throw bad(role, text, e.getMessage(), e);
        }
    }

    private static MailNotSentException bad(String role, String text, String why, Exception cause) {
        String shown = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return new MailNotSentException(MailNotSentException.Reason.BAD_ADDRESS,
                "The " + role + " '" + shown + "' is not a valid e-mail address: " + why + ".", cause);
    }
}
