package org.dualimpact.mail;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.dualimpact.kernel.notification.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one {@link Mailer} of the application, chosen once from configuration: {@link SmtpMailer} when
 * {@code dualimpact.mail.smtp.host} is set, otherwise the development outbox ({@link JdbcMailOutbox}).
 * Kernel services receive it by injection like any other port. Host, user and password are optional:
 * MicroProfile Config takes a server variable defined as "" for a missing one, and refuses it for a plain
 * {@code String} even with a {@code defaultValue}.
 */
@ApplicationScoped
public class MailerSelection {

    private static final Logger LOG = Logger.getLogger(MailerSelection.class.getName());

    @Inject
    @ConfigProperty(name = "dualimpact.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "dualimpact.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "dualimpact.mail.smtp.starttls", defaultValue = "required")
    String startTls;

    @Inject
    @ConfigProperty(name = "dualimpact.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "dualimpact.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "dualimpact.mail.from", defaultValue = "Dual Impact <no-reply@dualimpact.invalid>")
    String from;

    @Inject
    JdbcMailOutbox outbox;

    private Mailer chosen;

    /** Chooses at start-up, so bad mail settings stop the application from starting rather than the first send. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        mailer();
    }

    @Produces
    @ApplicationScoped
    synchronized Mailer mailer() {
        if (chosen == null) {
            chosen = choose(MailSettings.of(host, port, startTls, user.orElse(""), password.orElse(""), from));
        }
        return chosen;
    }

    private Mailer choose(MailSettings settings) {
        if (settings.smtp()) {
            LOG.info(() -> "Mail goes out through " + settings);
            return new SmtpMailer(settings);
        }
        LOG.warning(() -> "No SMTP server is configured (DUALIMPACT_MAIL_SMTP_HOST): mail is kept in the development "
                + "outbox, readable by a platform admin at GET /api/v1/dev/outbox, and never sent.");
        return outbox::keep;
    }
}
