package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Memberships kept by the product, over HTTP on the real server: a platform admin registers an
 * organisation and invites its admin; invitations bind to the verified e-mail and work once; roles
 * change and members leave at once; join requests are decided by a buyer serving the territory;
 * erasure. Organisation and roles of the acting caller still come from the dev issuer's claims
 * (trusted for them); {@code GET /me} shows what the product's memberships say.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipIT {

    static final String ADMIN = Api.token("ada.admin", null, "admin");
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }

    /** Registers a supplier with a fresh Companies House number; returns its identifier. */
    static String supplier() {
        String id = "GB-COH-" + unique();
        HttpResponse<String> created = Api.post("/api/v1/organisations", ADMIN, JSON, """
                {"id": "%s", "kind": "SUPPLIER", "name": "Membership IT Ltd %s", "territories": ["E23000029"]}
                """.formatted(id, id));
        assertEquals(201, created.statusCode(), created::body);
        return id;
    }

    static JsonObject invite(String organisation, String token, String email, String... roles) {
        HttpResponse<String> response = Api.post("/api/v1/organisations/" + organisation + "/invitations", token, JSON,
                "{\"email\": \"%s\", \"roles\": [%s]}".formatted(email, String.join(",", List.of(roles).stream()
                        .map(r -> "\"" + r + "\"").toList())));
        assertEquals(201, response.statusCode(), response::body);
        return Api.object(response);
    }

    private static String tokenOf(JsonObject invitation) {
        String link = invitation.getString("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static HttpResponse<String> accept(JsonObject invitation, String identityToken) {
        return Api.post("/api/v1/invitations/" + tokenOf(invitation) + "/acceptance", identityToken, null, "");
    }

    static HttpResponse<String> put(String path, String token, String body) {
        return Api.send(Api.request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", JSON));
    }

    static HttpResponse<String> delete(String path, String token) {
        return Api.send(Api.request(path, token).DELETE());
    }

    static JsonObject me(String identityToken) {
        HttpResponse<String> response = Api.get("/api/v1/me", identityToken);
        assertEquals(200, response.statusCode(), response::body);
        return Api.object(response);
    }

    /** An organisation with an accepted organisation admin; returns {organisation, admin's claims token}. */
    static String[] organisationWithAdmin() {
        String organisation = supplier();
        String subject = "ann-" + unique();
        String email = subject + "@supplier.example.test";
        HttpResponse<String> accepted = accept(invite(organisation, ADMIN, email, "organisation-admin", "supplier"),
                Api.tokenWithEmail(subject, email));
        assertEquals(200, accepted.statusCode(), accepted::body);
        return new String[] {organisation, Api.tokenWithEmail(subject, email)};
    }

    @Test
    void anInvitationAcceptedWithTheVerifiedEmailBecomesAMembership() {
        String organisation = supplier();
        JsonObject invitation = invite(organisation, ADMIN, "Ann.First@Supplier.example.test", "organisation-admin", "supplier");
        assertTrue(invitation.getString("link").startsWith("http://localhost:9080/invitations/"), invitation::toString);

        String ann = Api.tokenWithEmail("ann-" + unique(), "ann.first@supplier.example.test");
        HttpResponse<String> accepted = accept(invitation, ann);

        assertEquals(200, accepted.statusCode(), accepted::body);
        JsonObject membership = me(ann).getJsonArray("memberships").getJsonObject(0);
        assertEquals(organisation, membership.getString("organisation"));
        assertEquals(List.of("organisation-admin", "supplier"),
                membership.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertTrue(me(ann).getString("userId").matches("usr-[a-z2-7]{26}"));
    }

    @Test
    void anInvitationIsMailedAndItsMailedLinkIsAccepted() throws Exception {
        String organisation = supplier();
        String email = "mia-" + unique() + "@supplier.example.test";
        JsonObject invitation = invite(organisation, ADMIN, email, "supplier");
        assertTrue(invitation.getBoolean("mailed"), invitation::toString);

        List<MimeMessage> mails = SmtpTestServer.awaitFor(email, 1, Duration.ofSeconds(15));
        assertEquals(1, mails.size(), "mails received by " + email);
        String body = mails.get(0).getContent().toString();
        Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);
        String mia = Api.tokenWithEmail("mia-" + unique(), email);
        HttpResponse<String> accepted = Api.post("/api/v1/invitations/" + link.group(1) + "/acceptance", mia, null, "");

        assertEquals(200, accepted.statusCode(), accepted::body);
        assertEquals(organisation, me(mia).getJsonArray("memberships").getJsonObject(0).getString("organisation"));
    }

    @Test
    void theConfiguredVerifiedEmailSignsInAsPlatformAdmin() {
        JsonObject membership = me(Api.tokenWithEmail("root-" + unique(), "Root@Platform.example.test"))
                .getJsonArray("memberships").getJsonObject(0);

        assertTrue(!membership.containsKey("organisation"), membership::toString);
        assertEquals("admin", membership.getJsonArray("roles").getString(0));
    }

    @Test
    void anotherEmailIsRefused() {
        JsonObject invitation = invite(supplier(), ADMIN, "bob@supplier.example.test", "supplier");

        assertProblem(accept(invitation, Api.tokenWithEmail("eve-" + unique(), "eve@example.test")), 403,
                "invitation-email-mismatch");
    }

    @Test
    void aLinkWorksOnce() {
        JsonObject invitation = invite(supplier(), ADMIN, "once@supplier.example.test", "supplier");
        String subject = "once-" + unique();
        assertEquals(200, accept(invitation, Api.tokenWithEmail(subject, "once@supplier.example.test")).statusCode());

        assertProblem(accept(invitation, Api.tokenWithEmail(subject + "b", "once@supplier.example.test")), 409,
                "invitation-used");
    }

    @Test
    void anUnknownLinkIsNotFound() {
        assertProblem(Api.post("/api/v1/invitations/no-such-token/acceptance", Api.tokenWithEmail("x", "x@example.test"),
                null, ""), 404, "invitation-not-found");
    }

    @Test
    void acceptingNeedsASignedInCaller() {
        assertProblem(Api.post("/api/v1/invitations/whatever/acceptance", null, null, ""), 401, "unauthenticated");
        assertProblem(Api.get("/api/v1/me", null), 401, "unauthenticated");
    }

    @Test
    void aRoleChangeAndARemovalShowAtOnce() {
        String[] org = organisationWithAdmin();
        String bobSubject = "bob-" + unique();
        String bobEmail = bobSubject + "@supplier.example.test";
        String bob = Api.tokenWithEmail(bobSubject, bobEmail);
        accept(invite(org[0], org[1], bobEmail, "supplier"), bob);
        String bobId = me(bob).getString("userId");

        HttpResponse<String> changed = put("/api/v1/organisations/" + org[0] + "/members/" + bobId + "/roles", org[1],
                "{\"roles\": [\"supplier\", \"organisation-admin\"]}");
        assertEquals(200, changed.statusCode(), changed::body);
        assertEquals(2, me(bob).getJsonArray("memberships").getJsonObject(0).getJsonArray("roles").size());

        HttpResponse<String> removed = delete("/api/v1/organisations/" + org[0] + "/members/" + bobId, org[1]);
        assertEquals(204, removed.statusCode(), removed::body);
        assertTrue(me(bob).getJsonArray("memberships").isEmpty());
    }

    @Test
    void aPlatformAdminAppointsAnAuditorWhoActsAsOneAtOnce() {
        String subject = "aud-" + unique();
        String auditor = Api.tokenWithEmail(subject, subject + "@platform.example.test");
        String userId = me(auditor).getString("userId");
        assertEquals(403, Api.get("/api/v1/ledger/tree-heads", auditor).statusCode());

        HttpResponse<String> granted = put("/api/v1/platform/staff/" + userId, ADMIN, "{\"roles\": [\"auditor\"]}");

        assertEquals(200, granted.statusCode(), granted::body);
        assertEquals(200, Api.get("/api/v1/ledger/tree-heads", auditor).statusCode());
        assertTrue(Api.array(Api.get("/api/v1/platform/staff", ADMIN)).getValuesAs(JsonObject.class).stream()
                .anyMatch(member -> member.getString("userId").equals(userId)));
        assertProblem(put("/api/v1/platform/staff/" + userId, ADMIN, "{\"roles\": [\"buyer\"]}"), 400, "role-not-allowed");
        assertProblem(put("/api/v1/platform/staff/" + userId, organisationWithAdmin()[1], "{\"roles\": [\"admin\"]}"),
                403, "forbidden");

        assertEquals(204, delete("/api/v1/platform/staff/" + userId, ADMIN).statusCode());
        assertEquals(403, Api.get("/api/v1/ledger/tree-heads", auditor).statusCode());
    }

    @Test
    void theLastOrganisationAdminStays() {
        String[] org = organisationWithAdmin();
        String adminId = Api.array(Api.get("/api/v1/organisations/" + org[0] + "/members", org[1])).getJsonObject(0)
                .getString("userId");

        assertProblem(delete("/api/v1/organisations/" + org[0] + "/members/" + adminId, org[1]), 422, "last-organisation-admin");
    }

    @Test
    void aSupplierNeverSeesAnotherOrganisationsMembers() {
        String[] mine = organisationWithAdmin();
        String other = supplier();

        assertProblem(Api.get("/api/v1/organisations/" + other + "/members", mine[1]), 403, "not-organisation-admin");
        assertProblem(Api.get("/api/v1/organisations/" + mine[0] + "/members",
                Api.token("sam.supplier", mine[0], "supplier")), 403, "forbidden");
    }

    @Test
    void aServiceAccountIsRegisteredListedAndRemoved() {
        String[] org = organisationWithAdmin();
        HttpResponse<String> created = Api.post("/api/v1/organisations/" + org[0] + "/service-accounts", org[1], JSON, """
                {"issuer": "https://login.acme.example.test", "subject": "client-%s", "name": "ERP export", "roles": ["supplier"]}
                """.formatted(unique()));
        assertEquals(201, created.statusCode(), created::body);
        String accountId = Api.object(created).getString("userId");

        assertEquals(1, Api.array(Api.get("/api/v1/organisations/" + org[0] + "/service-accounts", org[1])).size());
        assertEquals(204, delete("/api/v1/organisations/" + org[0] + "/service-accounts/" + accountId, org[1]).statusCode());
        assertTrue(Api.array(Api.get("/api/v1/organisations/" + org[0] + "/service-accounts", org[1])).isEmpty());
    }

    @Test
    void aJoinRequestIsDecidedOnlyByABuyerServingItsTerritory() {
        String otherBuyer = "GB-PFA-T" + unique();
        assertEquals(201, Api.post("/api/v1/organisations", ADMIN, JSON, """
                {"id": "%s", "kind": "BUYER", "name": "Hampshire IT buyer %s", "territories": ["E23000030"]}
                """.formatted(otherBuyer, otherBuyer)).statusCode());
        String charity = "GB-CHC-" + unique();
        String contact = "hello-" + unique() + "@charity.example.test";
        HttpResponse<String> applied = Api.post("/api/v1/join-requests", Api.tokenWithEmail("pat-" + unique(), contact), JSON, """
                {"organisationName": "IT Larder", "kind": "PROVIDER", "registerId": "%s", "territory": "E23000029", "contactEmail": "%s"}
                """.formatted(charity, contact));
        assertEquals(201, applied.statusCode(), applied::body);
        String id = Api.object(applied).getString("id");

        assertProblem(Api.post("/api/v1/join-requests/" + id + "/approval", Api.token("hal", otherBuyer, "buyer"), null, ""), 403,
                "territory-not-served");
        HttpResponse<String> approved = Api.post("/api/v1/join-requests/" + id + "/approval",
                Api.token("bea.buyer", "GB-PFA-E23000029", "buyer"), null, "");

        assertEquals(200, approved.statusCode(), approved::body);
        assertEquals(200, Api.get("/api/v1/organisations/" + charity, ADMIN).statusCode());
        HttpResponse<String> accepted = accept(Api.object(approved).getJsonObject("invitation"),
                Api.tokenWithEmail("pat2-" + unique(), contact));
        assertEquals(200, accepted.statusCode(), accepted::body);
    }

    @Test
    void aBuyerListsOnlyItsTerritoriesRequests() {
        String contact = "x-" + unique() + "@charity.example.test";
        Api.post("/api/v1/join-requests", Api.tokenWithEmail("pat-" + unique(), contact), JSON, """
                {"organisationName": "Hants Larder", "kind": "PROVIDER", "registerId": "GB-CHC-%s", "territory": "E23000030", "contactEmail": "%s"}
                """.formatted(unique(), contact));

        String listed = Api.get("/api/v1/join-requests", Api.token("bea.buyer", "GB-PFA-E23000029", "buyer")).body();

        assertTrue(!listed.contains("Hants Larder"), listed);
        assertTrue(Api.get("/api/v1/join-requests", ADMIN).body().contains("Hants Larder"));
    }

    @Test
    void anErasedUserLosesNameEmailAndMemberships() {
        String subject = "erin-" + unique();
        String email = subject + "@supplier.example.test";
        String erin = Api.tokenWithEmail(subject, email);
        accept(invite(supplier(), ADMIN, email, "supplier"), erin);
        String erinId = me(erin).getString("userId");

        assertEquals(204, delete("/api/v1/users/" + erinId, ADMIN).statusCode());

        assertProblem(Api.get("/api/v1/me", erin), 403, "user-erased");
        assertProblem(delete("/api/v1/users/" + erinId, ADMIN), 409, "user-erased");
    }

    @Test
    void parallelFirstRequestsOfANewUserAllSucceedAsOneUser() throws Exception {
        String subject = "nia-" + unique();
        String nia = Api.tokenWithEmail(subject, subject + "@buyer.example.test");
        int parallel = 8;
        CyclicBarrier start = new CyclicBarrier(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return Api.get("/api/v1/me", nia);
                }));
            }
            Set<String> userIds = new HashSet<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response::body);
                userIds.add(Api.object(response).getString("userId"));
            }
            assertEquals(1, userIds.size(), userIds::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRevokedInvitationIsRefused() {
        String organisation = supplier();
        String email = "ray-" + unique() + "@supplier.example.test";
        JsonObject invitation = invite(organisation, ADMIN, email, "supplier");
        String path = "/api/v1/organisations/" + organisation + "/invitations/" + invitation.getString("id");

        assertEquals(204, delete(path, ADMIN).statusCode());

        assertProblem(accept(invitation, Api.tokenWithEmail("ray-" + unique(), email)), 409, "invitation-revoked");
        assertProblem(delete(path, ADMIN), 409, "invitation-not-pending");
    }

    @Test
    void erasureReplacesTheEmailInTheUsersInvitations() {
        String organisation = supplier();
        String subject = "eve-" + unique();
        String email = subject + "@supplier.example.test";
        String eve = Api.tokenWithEmail(subject, email);
        accept(invite(organisation, ADMIN, email, "supplier"), eve);

        assertEquals(204, delete("/api/v1/users/" + me(eve).getString("userId"), ADMIN).statusCode());

        String listed = Api.get("/api/v1/organisations/" + organisation + "/invitations", ADMIN).body();
        assertTrue(!listed.contains(email) && listed.contains("erased@erased.invalid"), listed);
    }
}
