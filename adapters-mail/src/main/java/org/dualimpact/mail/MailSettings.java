package org.dualimpact.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.internet.InternetAddress;

/**
 * How mail leaves the server: the SMTP host and port, whether STARTTLS is required, the account, and
 * the sender's address. Without a host, mail is kept in the development outbox instead.
 *
 * @param host     the SMTP server, or empty for the development outbox
 * @param port     its port (587 for submission with STARTTLS)
 * @param startTls {@code required}: the connection is upgraded to TLS or nothing is sent;
 *                 {@code optional}: upgraded when the server offers it (only for a server on a trusted network)
 * @param user     the account, or empty to send without authentication
 * @param password the account's password
 * @param from     the sender, such as {@code Dual Impact <no-reply@example.gov.uk>}
 */
public record MailSettings(Optional<String> host, int port, StartTls startTls, String user, String password,
        InternetAddress from) {

    /** Connection, read and write time-outs of the SMTP session, in milliseconds. */
    static final int TIMEOUT_MILLIS = 10_000;

    /** Whether the SMTP connection must be upgraded to TLS. */
    public enum StartTls {
        REQUIRED, OPTIONAL;

        static StartTls parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dualimpact.mail.smtp.starttls must be 'required' or 'optional', not '"
                        + text + "'");
            }
        }
    }

    public MailSettings {
        host = host.map(String::strip).filter(h -> !h.isEmpty());
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("dualimpact.mail.smtp.port must be from 1 to 65535, not " + port);
        }
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    /** Reads the settings as configured; refuses a bad port, STARTTLS choice or sender address. */
    public static MailSettings of(Optional<String> host, int port, String startTls, String user, String password,
            String from) {
        return new MailSettings(host, port, StartTls.parse(startTls), user, password,
                MailAddresses.one("sender address (dualimpact.mail.from)", from));
    }

    /** True when mail goes out through SMTP, false when it is kept in the development outbox. */
    public boolean smtp() {
        return host.isPresent();
    }

    /** The Jakarta Mail session properties for these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host.orElseThrow());
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls == StartTls.REQUIRED));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.smtp.auth", Boolean.toString(!user.isEmpty()));
        properties.setProperty("mail.smtp.from", from.getAddress());
        for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            properties.setProperty("mail.smtp." + timeout, Integer.toString(TIMEOUT_MILLIS));
        }
        return properties;
    }

    @Override
    public String toString() {
        return host.map(h -> "SMTP " + h + ":" + port + " (STARTTLS " + startTls.name().toLowerCase(Locale.ROOT)
                + (user.isEmpty() ? ", no login" : ", as " + user) + ")").orElse("the development outbox")
                + ", from " + from.toUnicodeString();
    }
}
