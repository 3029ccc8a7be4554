package org.dualimpact.it;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.dualimpact.devtools.DevToken;

/**
 * Gives the integration tests' callers real memberships, made through the product's own API: the
 * acting organisation and roles of a caller come from memberships, as for every provider that is not
 * trusted for organisation claims.
 *
 * <p>{@link Api#token} records who a token is for: the IT issuer {@link #ISSUER} (dev key, memberships),
 * a subject unique to (user, organisation, roles) and a verified e-mail derived from it. At the token's
 * first use, once its organisation exists (tests register organisations after minting tokens), a platform
 * admin (bootstrapped through {@code dualimpact.platform-admins}) invites that e-mail with the roles and
 * the caller accepts with a fresh token of its own. What was provisioned is remembered per server.
 */
final class Memberships {

    /** The issuer of the tests' tokens: signed with the dev key, callers act through memberships only. */
    static final String ISSUER = "urn:dualimpact:it";
    /** The e-mail the IT servers list in {@code dualimpact.platform-admins}. */
    static final String PLATFORM_ADMIN_EMAIL = "it-admin@platform.example.test";

    private static final String JSON = "application/json";
    private static final Map<String, Member> BY_TOKEN = new ConcurrentHashMap<>();
    private static final Set<String> PROVISIONED = new HashSet<>();

    /** A caller that acts for an organisation with roles once its membership exists. */
    record Member(String subject, String email, String organisation, List<String> roles) {
    }

    private Memberships() {
    }

    /** A platform admin: its verified e-mail is a configured platform admin address. */
    static String platformAdmin(String subject, Duration ttl, Instant issuedAt) {
        return sign(subject, PLATFORM_ADMIN_EMAIL, ttl, issuedAt);
    }

    /** A member of the organisation with the roles, provisioned at the token's first use. */
    static String member(String subject, String organisation, List<String> roles, Duration ttl, Instant issuedAt) {
        String key = subject + "/" + organisation + "/" + String.join(",", roles);
        String local = subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "-");
        String email = local + "." + Integer.toHexString(key.hashCode()) + "@members.example.test";
        Member member = new Member(key, email, organisation, roles);
        String token = sign(key, email, ttl, issuedAt);
        BY_TOKEN.put(token, member);
        return token;
    }

    /** A token of the IT issuer with a verified e-mail and no organisation or role claims. */
    static String sign(String subject, String email, Duration ttl, Instant issuedAt) {
        try {
            return DevToken.sign(Api.devKey(), subject, null, List.of(), ISSUER, DevToken.DEFAULT_AUDIENCE, ttl, issuedAt,
                    email);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes sure the membership a token stands for exists on the server under test, if its organisation does. */
    static synchronized void ensure(String token) {
        Member member = token == null ? null : BY_TOKEN.get(token);
        if (member == null || PROVISIONED.contains(Api.base() + " " + member.subject())) {
            return;
        }
        String admin = platformAdmin("it-provisioner", Duration.ofMinutes(5), Instant.now());
        String roles = member.roles().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        HttpResponse<String> invited = Api.send(Api.bare("/api/v1/organisations/" + member.organisation() + "/invitations",
                admin).header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"" + member.email() + "\", \"roles\": [" + roles + "]}")));
        if (invited.statusCode() == 404) {
            return; // the organisation does not exist (yet): the caller has no membership
        }
        if (invited.statusCode() != 201) {
            throw new IllegalStateException("inviting " + member + ": " + invited.statusCode() + " " + invited.body());
        }
        String link = Api.object(invited).getString("link");
        String own = sign(member.subject(), member.email(), Duration.ofMinutes(5), Instant.now());
        HttpResponse<String> accepted = Api.send(Api.bare("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1)
                + "/acceptance", own).POST(HttpRequest.BodyPublishers.noBody()));
        boolean alreadyMember = accepted.statusCode() == 409 && accepted.body().contains("already-a-member");
        if (accepted.statusCode() != 200 && !alreadyMember) {
            throw new IllegalStateException("accepting for " + member + ": " + accepted.statusCode() + " " + accepted.body());
        }
        PROVISIONED.add(Api.base() + " " + member.subject());
    }
}
