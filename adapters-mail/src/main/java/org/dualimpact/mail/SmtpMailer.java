package org.dualimpact.mail;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.MailNotSentException;
import org.dualimpact.kernel.notification.Mailer;

/**
 * Sends each mail at once through the configured SMTP server with Jakarta Mail: UTF-8 plain text, one
 * recipient parsed strictly. A bad address or a failed delivery throws {@link MailNotSentException}.
 */
public final class SmtpMailer implements Mailer {

    private final MailSettings settings;
    private final Session session;

    public SmtpMailer(MailSettings settings) {
        if (!settings.smtp()) {
            throw new IllegalArgumentException("SmtpMailer needs an SMTP host (dualimpact.mail.smtp.host)");
        }
        this.settings = settings;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    @Override
    public void send(Mail mail) {
        InternetAddress to = MailAddresses.one("recipient", mail.to());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(settings.from());
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (settings.user().isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.user(), settings.password());
            }
        } catch (MessagingException e) {
            throw new MailNotSentException(MailNotSentException.Reason.DELIVERY_FAILED, "The mail to " + to.getAddress()
                    + " could not be sent through " + settings.host().orElseThrow() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
    }
}
