package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
