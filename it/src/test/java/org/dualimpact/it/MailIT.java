package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail on the real server. The IT servers are configured with an SMTP host (GreenMail, run by
 * {@link SmtpTestServer} for the whole Failsafe run), so the application's {@code Mailer} sends through
 * SMTP and keeps nothing in the development outbox. The outbox itself (written here by a test servlet) is
 * read newest first, page by page, by platform admins only.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final String ADMIN = Api.token("ada.admin", null, "admin");
    private static final String BUYER = Api.token("tess.buyer", Story.BUYER_ORG, "buyer");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.earWithWar("dual-impact-web.war", web -> web.addClass(MailerServlet.class));
    }

    private static HttpResponse<String> send(String to, String subject, String body) {
        return post("to=" + encode(to) + "&subject=" + encode(subject) + "&body=" + encode(body));
    }

    private static HttpResponse<String> keepInOutbox(String to, String subject, String body) {
        return post("via=outbox&to=" + encode(to) + "&subject=" + encode(subject) + "&body=" + encode(body));
    }

    private static HttpResponse<String> post(String form) {
        return Api.send(Api.request("/api/it/mailer", null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String uniqueAddress() {
        return "mail-it-" + UUID.randomUUID().toString().substring(0, 8) + "@" + Api.database() + ".example.org";
    }

    @Test
    void theConfiguredServerSendsMailThroughSmtp() throws Exception {
        String to = uniqueAddress();

        HttpResponse<String> sent = send(to, "Invitation – Thames Valley £", "Grüße,\nfollow the link.");

        assertEquals(204, sent.statusCode(), sent::body);
        List<MimeMessage> received = SmtpTestServer.awaitFor(to, 1, Duration.ofSeconds(15));
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Invitation – Thames Valley £", mail.getSubject());
        assertEquals("Grüße,\nfollow the link.", mail.getContent().toString().replace("\r\n", "\n"));
        assertEquals("no-reply@dualimpact.test", ((InternetAddress) mail.getFrom()[0]).getAddress());
    }

    @Test
    void aRecipientThatIsNoAddressIsRefusedAndNothingIsSent() {
        HttpResponse<String> refused = send("someone at example.org", "Invitation", "Follow the link.");

        assertEquals(422, refused.statusCode(), refused::body);
        assertTrue(refused.body().startsWith("BAD_ADDRESS"), refused.body());
    }

    @Test
    void withSmtpConfiguredTheMailerKeepsNothingInTheOutbox() {
        String to = uniqueAddress();
        assertEquals(204, send(to, "Not kept", "Sent through SMTP.").statusCode());

        HttpResponse<String> outbox = Api.get("/api/v1/dev/outbox?size=100", ADMIN);

        assertEquals(200, outbox.statusCode(), outbox::body);
        assertTrue(Api.object(outbox).getJsonArray("items").stream()
                .noneMatch(item -> item.asJsonObject().getString("to").equals(to)), outbox::body);
    }

    @Test
    void theOutboxShowsKeptMailNewestFirstPageByPage() {
        String to = uniqueAddress();
        for (int i = 1; i <= 3; i++) {
            assertEquals(204, keepInOutbox(to, "Kept " + i + " – £", "Grüße " + i).statusCode());
        }

        JsonObject first = Api.object(Api.get("/api/v1/dev/outbox?size=2", ADMIN));
        JsonObject second = Api.object(Api.get("/api/v1/dev/outbox?page=1&size=2", ADMIN));

        assertEquals(List.of("Kept 3 – £", "Kept 2 – £"), subjects(first));
        assertEquals("Kept 1 – £", subjects(second).get(0));
        JsonObject newest = first.getJsonArray("items").getJsonObject(0);
        assertEquals(to, newest.getString("to"));
        assertEquals("Grüße 3", newest.getString("body"));
        assertTrue(first.getJsonNumber("total").longValue() >= 3);
        assertEquals(2, first.getInt("size"));
    }

    private static List<String> subjects(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("subject")).toList();
    }

    @Test
    void theOutboxIsForPlatformAdminsOnly() {
        assertEquals(403, Api.get("/api/v1/dev/outbox", BUYER).statusCode());
        assertEquals(401, Api.get("/api/v1/dev/outbox", null).statusCode());
    }

    @Test
    void anOutboxPageTooLargeIsAProblem() {
        Problems.assertProblem(Api.get("/api/v1/dev/outbox?size=101", ADMIN), 400, "invalid-page");
        Problems.assertProblem(Api.get("/api/v1/dev/outbox?page=first", ADMIN), 400, "invalid-parameter");
    }
}
