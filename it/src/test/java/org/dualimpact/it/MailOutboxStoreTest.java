package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.dualimpact.kernel.notification.KeptMail;
import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.MailNotSentException;
import org.dualimpact.mail.JdbcMailOutbox;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;

/**
 * The development outbox's table (V030) on Derby and PostgreSQL: mails kept with their UTF-8 text and
 * the time, read newest first page by page, counted; a recipient SMTP would refuse is refused here too.
 */
class MailOutboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-07T00:15:00Z");

    @Test
    void derby() throws Exception {
        StoreTestDatabases.derby("mail-outbox", MailOutboxStoreTest::exercise);
    }

    @Test
    void postgresql() throws Exception {
        StoreTestDatabases.postgresql("mail_outbox", MailOutboxStoreTest::exercise);
    }

    private static void exercise(DataSource dataSource) {
        new SchemaMigrations(dataSource).migrate();
        JdbcMailOutbox outbox = new JdbcMailOutbox(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
        String longBody = "Grüße – zażółć gęślą jaźń\n".repeat(400);
        for (int i = 1; i <= 5; i++) {
            outbox.keep(new Mail("person" + i + "@example.org", "Invitation " + i + " – £", i == 5 ? longBody : "Body " + i));
        }

        List<KeptMail> newest = outbox.newestFirst(0, 2);
        List<KeptMail> next = outbox.newestFirst(2, 2);

        assertEquals(List.of("Invitation 5 – £", "Invitation 4 – £"), newest.stream().map(k -> k.mail().subject()).toList());
        assertEquals(longBody, newest.get(0).mail().body());
        assertEquals(NOW, newest.get(0).keptAt());
        assertEquals(List.of("person3@example.org", "person2@example.org"), next.stream().map(k -> k.mail().to()).toList());
        assertEquals(5, outbox.count());
        assertThrows(MailNotSentException.class,
                () -> outbox.keep(new Mail("person@example.org\nBcc: eve@example.org", "Invitation", "Body")));
        assertEquals(5, outbox.count());
    }
}
