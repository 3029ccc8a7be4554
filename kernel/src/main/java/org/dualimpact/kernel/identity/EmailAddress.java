package org.dualimpact.kernel.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as invitations and join requests bind to it: stripped and in lower case, so two
 * spellings differing only in case are the same address. Rules: one {@code @}, a dot in the domain,
 * no spaces, at most 254 characters.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /**
     * Stands in for an address removed by erasing its user. The {@code .invalid} domain is reserved
     * (RFC 2606), so it never reaches anyone and no provider verifies it.
     */
    public static final EmailAddress ERASED = new EmailAddress("erased@erased.invalid");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an e-mail address is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an e-mail address");
        }
    }

    /** Whether the text is this address, ignoring case and surrounding spaces. */
    public boolean matches(String text) {
        return text != null && value.equals(text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
