package org.dualimpact.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client of the console: its own cookies, redirects followed, and a sign-in
 * through the development OpenID provider's real login form (the code flow with PKCE, done by the console).
 */
final class ConsoleSignIn {

    /**
     * Test-only users of the development provider (src/test/liberty/…/it-console-users.xml): NINA is never
     * given a membership; IVY is invited by the tests that need a member; SUE, PAT and BEA play the story.
     */
    static final String NINA = "nina@console.example.test";
    static final String IVY = "ivy@console.example.test";
    /** The story's three people, each in a browser of their own (ConsoleStoryIT): a supplier, a provider, a buyer. */
    static final String SUE = "sue@console.example.test";
    static final String PAT = "pat@console.example.test";
    static final String BEA = "bea@console.example.test";
    static final String PASSWORD = "it-console-password";

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    /** A new session of the user, signed in and acting for the organisation (chosen on the chooser). */
    static ConsoleSignIn actingFor(String user, String organisation) {
        ConsoleSignIn client = new ConsoleSignIn();
        client.signIn(user, PASSWORD);
        String chooser = client.get("/organisation").body();
        client.post("/organisation", "csrf=" + encode(csrfToken(chooser)) + "&organisation=" + organisation);
        return client;
    }

    /** Signs in and answers the page the console shows afterwards. */
    HttpResponse<String> signIn(String user, String password) {
        HttpResponse<String> login = get("/signin");
        if (!login.uri().getPath().startsWith("/dev-login")) {
            throw new IllegalStateException("expected the provider's login form, got " + login.uri());
        }
        return post("/oidc/j_security_check", "j_username=" + encode(user) + "&j_password=" + encode(password));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.base() + path)).GET());
    }

    /** A GET as a browser sends it, accepting a gzipped answer, which is read as the bytes received. */
    HttpResponse<byte[]> getAsBrowser(String path) {
        return bytes(HttpRequest.newBuilder(URI.create(Api.base() + path)).header("Accept-Encoding", "gzip, deflate").GET());
    }

    /** A GET whose answer is read as bytes (a PDF). */
    HttpResponse<byte[]> download(String path) {
        return bytes(HttpRequest.newBuilder(URI.create(Api.base() + path)).GET());
    }

    private HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(Api.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The console's session id, if the client holds one. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
