package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

/**
 * What the console's tests set up through the API, as a platform admin would: organisations, invitations
 * of a browser user's e-mail (accepted in the browser, the real flow), and member changes. The admin is
 * whoever signs in with the IT servers' configured platform admin e-mail.
 */
final class ConsoleFixtures {

    static final String ADMIN = Api.tokenWithEmail("root-console-it", "root@platform.example.test");
    private static final String JSON = "application/json";

    private ConsoleFixtures() {
    }

    /** Registers an organisation of the kind (SUPPLIER, PROVIDER, BUYER) with a fresh identifier; returns it. */
    static String organisation(String kind, String name) {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        String id = switch (kind) {
            case "PROVIDER" -> "GB-CHC-" + number.substring(0, 7);
            case "BUYER" -> "GB-PFA-X" + number;
            default -> "GB-COH-" + number;
        };
        HttpResponse<String> created = Api.post("/api/v1/organisations", ADMIN, JSON, """
                {"id": "%s", "kind": "%s", "name": "%s %s", "territories": ["E23000029"]}
                """.formatted(id, kind, name, number));
        assertEquals(201, created.statusCode(), created::body);
        return id;
    }

    /** Invites the e-mail with the roles; answers the invitation (its {@code id} and {@code link}). */
    static JsonObject invite(String organisation, String email, String... roles) {
        HttpResponse<String> response = Api.post("/api/v1/organisations/" + organisation + "/invitations", ADMIN, JSON,
                "{\"email\": \"%s\", \"roles\": [%s]}".formatted(email,
                        String.join(",", List.of(roles).stream().map(r -> "\"" + r + "\"").toList())));
        assertEquals(201, response.statusCode(), response::body);
        return Api.object(response);
    }

    /**
     * Gives the organisation an organisation admin other than the browser user (accepted through the API),
     * so the browser user's roles may change and the user may be removed. Answers that admin's API token,
     * acting for the organisation.
     */
    static String anotherAdmin(String organisation, String kindRole) {
        String subject = "boss-" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String email = subject + "@console.example.test";
        String link = invite(organisation, email, "organisation-admin", kindRole).getString("link");
        HttpResponse<String> accepted = Api.post("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1)
                + "/acceptance", Api.tokenWithEmail(subject, email), null, "");
        assertEquals(200, accepted.statusCode(), accepted::body);
        return Api.tokenWithEmail(subject, email); // acts for its one membership
    }

    /** The console path of an invitation's link (the link's host is the configured public URL). */
    static String path(JsonObject invitation) {
        String link = invitation.getString("link");
        return link.substring(link.indexOf("/invitations/"));
    }

    static void revoke(String organisation, JsonObject invitation) {
        HttpResponse<String> response = Api.send(Api.request("/api/v1/organisations/" + organisation + "/invitations/"
                + invitation.getString("id"), ADMIN).DELETE());
        assertEquals(204, response.statusCode(), response::body);
    }

    /** The user id of the member with this e-mail. */
    static String memberId(String organisation, String email) {
        HttpResponse<String> members = Api.get("/api/v1/organisations/" + organisation + "/members", ADMIN);
        assertEquals(200, members.statusCode(), members::body);
        return Api.array(members).getValuesAs(JsonObject.class).stream()
                .filter(m -> email.equalsIgnoreCase(m.getString("email", ""))).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not a member of " + organisation + ": " + members.body()))
                .getString("userId");
    }

    static void remove(String organisation, String email) {
        HttpResponse<String> removed = Api.send(Api.request("/api/v1/organisations/" + organisation + "/members/"
                + memberId(organisation, email), ADMIN).DELETE());
        assertEquals(204, removed.statusCode(), removed::body);
    }

    static void changeRoles(String organisation, String email, String... roles) {
        HttpResponse<String> changed = Api.send(Api.request("/api/v1/organisations/" + organisation + "/members/"
                + memberId(organisation, email) + "/roles", ADMIN)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\": [%s]}".formatted(
                        String.join(",", List.of(roles).stream().map(r -> "\"" + r + "\"").toList()))))
                .header("Content-Type", JSON));
        assertEquals(200, changed.statusCode(), changed::body);
    }

    /** Publishes a provision in Thames Valley with a money and a volunteering need; answers its id. */
    static String publish(String providerToken, String title, String outcome) {
        HttpResponse<String> published = Api.post("/api/v1/provisions", providerToken, JSON, """
                {"title": "%s", "summary": "Food parcels and a cooking club.", "territories": ["E23000029"],
                 "outcomes": ["%s"], "capacity": 40,
                 "needs": [{"type": "MONEY", "description": "Cooking club ingredients", "quantity": 500},
                           {"type": "VOLUNTEERING", "description": "Drivers for deliveries", "quantity": 20, "skills": "driving licence"}]}
                """.formatted(title, outcome));
        assertEquals(201, published.statusCode(), published::body);
        return Api.object(published).getString("id");
    }

    static void audit(String buyerToken, String provision) {
        HttpResponse<String> audit = Api.post("/api/v1/provisions/" + provision + "/audit", buyerToken, JSON,
                "{\"decision\": \"AUDITED\"}");
        assertEquals(200, audit.statusCode(), audit::body);
    }

    /** The organisation's public name. */
    static String name(String organisation) {
        HttpResponse<String> found = Api.get("/api/v1/organisations/" + organisation, ADMIN);
        assertEquals(200, found.statusCode(), found::body);
        return Api.object(found).getString("name");
    }

    /** The buyer opens a tender in Thames Valley closing in 30 days; answers its reference. */
    static String tender(String buyerToken, String title) {
        HttpResponse<String> opened = Api.post("/api/v1/tenders", buyerToken, JSON, """
                {"title": "%s", "territory": "E23000029", "closingDate": "%s"}
                """.formatted(title, LocalDate.now(ZoneOffset.UTC).plusDays(30)));
        assertEquals(201, opened.statusCode(), opened::body);
        return Api.object(opened).getString("reference");
    }

    /**
     * The supplier drafts an SPO for the provision of the provider, through the API, with a financial line
     * of £90,000 and a volunteering line of 40 hours, both from 60 days ago to a year on; with
     * {@code existingBuyer} it is an existing relationship under that buyer's contract. The provider then
     * endorses it. Answers its reference.
     */
    static String endorsedSpo(String supplierToken, String providerToken, String provider, String provision, String title,
            String existingBuyer) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(60);
        LocalDate end = start.plusYears(1);
        String existing = existingBuyer == null ? "" : """
                , "existingContract": {"buyer": "%s", "contractReference": "%s", "start": "%s", "end": "%s", "value": 250000.00}
                """.formatted(existingBuyer, existingContract(title), start, end);
        HttpResponse<String> drafted = Api.post("/api/v1/spos", supplierToken, JSON, """
                {"title": "%s", "providers": ["%s"], "provisions": ["%s"], "territory": "E23000029",
                 "commitments": [
                   {"type": "FINANCIAL", "value": 90000.00, "measureCode": "NT1", "start": "%s", "end": "%s", "frequency": "ONE_OFF"},
                   {"type": "VOLUNTEERING", "quantity": 40, "skillLevel": "GENERAL", "measureCode": "NT7", "start": "%s", "end": "%s",
                    "frequency": "MONTHLY"}]%s}
                """.formatted(title, provider, provision, start, end, start, end, existing));
        assertEquals(201, drafted.statusCode(), drafted::body);
        String reference = Api.object(drafted).getString("reference");
        HttpResponse<String> endorsed = Api.post("/api/v1/spos/" + reference + "/endorsement", providerToken, null, "");
        assertEquals(200, endorsed.statusCode(), endorsed::body);
        return reference;
    }

    static void submit(String supplierToken, String reference, String tender) {
        HttpResponse<String> submitted = Api.post("/api/v1/spos/" + reference + "/submission", supplierToken, JSON,
                "{\"tender\": \"" + tender + "\"}");
        assertEquals(200, submitted.statusCode(), submitted::body);
    }

    /** The buyer closes the tender and awards it to the supplier. */
    static void award(String buyerToken, String tender, String supplier) {
        HttpResponse<String> closed = Api.post("/api/v1/tenders/" + tender + "/closure", buyerToken, JSON, "{}");
        assertEquals(200, closed.statusCode(), closed::body);
        HttpResponse<String> awarded = Api.post("/api/v1/tenders/" + tender + "/award", buyerToken, JSON,
                "{\"supplier\": \"" + supplier + "\"}");
        assertEquals(200, awarded.statusCode(), awarded::body);
    }

    /**
     * An existing relationship of the supplier with the buyer, endorsed, submitted, signed by both parties
     * and contracted through the API, its contract ending today (so it may be reviewed); answers its reference.
     */
    static String contracted(String supplierToken, String providerToken, String buyerToken, String provider,
            String provision, String buyer, String title) {
        String reference = endorsedSpo(supplierToken, providerToken, provider, provision, title, buyer);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String[] step : new String[][] {{supplierToken, "submission", "{}"}, {supplierToken, "signatures", ""},
            {providerToken, "signatures", ""}, {buyerToken, "contract", """
                {"contractReference": "%s", "start": "%s", "end": "%s", "value": 90000.00}
                """.formatted(existingContract(title), today.minusDays(30), today)}}) {
            HttpResponse<String> done = Api.post("/api/v1/spos/" + reference + "/" + step[1], step[0],
                    step[2].isEmpty() ? null : JSON, step[2]);
            assertEquals(200, done.statusCode(), done::body);
        }
        return reference;
    }

    /** The reference of the existing contract an SPO of this title is brought in under. */
    static String existingContract(String title) {
        return "EXIST-" + Integer.toHexString(title.hashCode());
    }
}
