package org.dualimpact.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.MailNotSentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP adapter against GreenMail, a real SMTP server listening on a socket in the test JVM. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String FROM = "Dual Impact <no-reply@dualimpact.test>";

    private static MailSettings settings(int port, String startTls) {
        return MailSettings.of(Optional.of("localhost"), port, startTls, "", "", FROM);
    }

    private final SmtpMailer mailer = new SmtpMailer(settings(ServerSetupTest.SMTP.getPort(), "optional"));

    private MimeMessage onlyReceived() {
        assertTrue(SMTP.waitForIncomingEmail(5_000, 1), "no mail arrived");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        return received[0];
    }

    @Test
    void aSentMailArrivesWithItsSubjectAndUtf8Body() throws MessagingException, IOException {
        mailer.send(new Mail("alex@supplier.example", "Join Thames Valley – £5 café", "Grüße,\nzażółć gęślą jaźń\n"));

        MimeMessage received = onlyReceived();
        assertEquals("Join Thames Valley – £5 café", received.getSubject());
        assertEquals("Grüße,\nzażółć gęślą jaźń\n", received.getContent().toString().replace("\r\n", "\n"));
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"), received.getContentType());
    }

    @Test
    void aSentMailComesFromTheConfiguredSenderToTheRecipient() throws MessagingException {
        mailer.send(new Mail("alex@supplier.example", "Invitation", "Follow the link."));

        MimeMessage received = onlyReceived();
        assertEquals("no-reply@dualimpact.test", ((InternetAddress) received.getFrom()[0]).getAddress());
        assertEquals("alex@supplier.example", ((InternetAddress) received.getAllRecipients()[0]).getAddress());
    }

    @Test
    void aRecipientThatIsNoAddressIsRefusedAndNothingIsSent() {
        MailNotSentException refused = assertThrows(MailNotSentException.class,
                () -> mailer.send(new Mail("alex at supplier", "Invitation", "Follow the link.")));

        assertEquals(MailNotSentException.Reason.BAD_ADDRESS, refused.reason());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void aRecipientCarryingAnotherHeaderIsRefused() {
        MailNotSentException refused = assertThrows(MailNotSentException.class,
                () -> mailer.send(new Mail("alex@supplier.example\r\nBcc: eve@attacker.example", "Invitation", "Link.")));

        assertEquals(MailNotSentException.Reason.BAD_ADDRESS, refused.reason());
        assertTrue(refused.getMessage().contains("line break"), refused.getMessage());
    }

    @Test
    void twoRecipientsInOneAddressAreRefused() {
        MailNotSentException refused = assertThrows(MailNotSentException.class,
                () -> mailer.send(new Mail("alex@supplier.example, eve@attacker.example", "Invitation", "Link.")));

        assertEquals(MailNotSentException.Reason.BAD_ADDRESS, refused.reason());
    }

    @Test
    void requiredStartTlsRefusesAServerThatDoesNotOfferIt() {
        SmtpMailer strict = new SmtpMailer(settings(ServerSetupTest.SMTP.getPort(), "required"));

        MailNotSentException refused = assertThrows(MailNotSentException.class,
                () -> strict.send(new Mail("alex@supplier.example", "Invitation", "Link.")));

        assertEquals(MailNotSentException.Reason.DELIVERY_FAILED, refused.reason());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsADeliveryFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailer unreachable = new SmtpMailer(settings(closedPort, "optional"));

        MailNotSentException failed = assertThrows(MailNotSentException.class,
                () -> unreachable.send(new Mail("alex@supplier.example", "Invitation", "Link.")));

        assertEquals(MailNotSentException.Reason.DELIVERY_FAILED, failed.reason());
        assertTrue(failed.getMessage().contains("localhost:" + closedPort), failed.getMessage());
    }
}
