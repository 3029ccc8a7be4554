package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLSocket;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong batch-operator passwords are limited per client address by the login-limit interceptor in front of
 * Liberty's batch API (server.xml: a burst of 5, then one per 60 s). The flood comes from 127.0.0.2, another
 * loopback address, so that the other tests' operator calls from 127.0.0.1 keep their own allowance.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorLoginLimitIT {

    private static final String CLIENT = "127.0.0.2";
    private static final int ALLOWANCE = 5;
    private static final String JOB_INSTANCES = "/ibm/api/batch/jobinstances";

    private record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void aFloodOfWrongPasswordsIsAnswered429WhileOtherClientsStillSignIn() throws Exception {
        assertEquals(200, jobInstancesFrom(CLIENT, BatchApi.OPERATOR).status(), "the right password from the client at first");
        for (int attempt = 1; attempt <= ALLOWANCE; attempt++) {
            String credentials = attempt == 1 ? "nobody:guess" : "operator:wrong-" + attempt;
            Answer refused = jobInstancesFrom(CLIENT, credentials);
            assertEquals(401, refused.status(), credentials);
            assertEquals("Basic realm=\"dual-impact-operators\"", refused.header("WWW-Authenticate"));
        }

        Answer flooded = jobInstancesFrom(CLIENT, "operator:wrong-again");
        assertEquals(429, flooded.status(), flooded::body);
        long retryAfter = Long.parseLong(flooded.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(flooded.header("Content-Type").startsWith("application/problem+json"), flooded.header("Content-Type"));
        JsonObject problem = (JsonObject) Api.json(flooded.body());
        assertEquals("urn:dualimpact:problem:too-many-requests", problem.getString("type"));
        assertEquals(429, problem.getInt("status"));

        assertEquals(429, jobInstancesFrom(CLIENT, BatchApi.OPERATOR).status(),
                "a right password is not even checked until the allowance refills");
        for (String around : List.of("/ibm/api/batchX", "/ibm/api/", "/ibm/api/%62atch/jobinstances",
                "/ibm/api/batch;x/jobinstances", "/ibm/api//batch/jobinstances")) {
            assertEquals(429, request(CLIENT, around, basic("operator:wrong-again")).status(),
                    "no other path of Liberty's REST APIs checks passwords past the limit: " + around);
        }
        assertEquals(200, BatchApi.call("GET", "/ibm/api/batch/jobinstances", BatchApi.OPERATOR, null).statusCode(),
                "another client signs in as before");
    }

    @Test
    void aRequestWithoutCredentialsGetsLibertysChallengeAndCostsNothing() throws Exception {
        Answer challenged = request("127.0.0.3", JOB_INSTANCES, null);

        assertEquals(401, challenged.status());
        for (int attempt = 1; attempt <= ALLOWANCE; attempt++) {
            assertEquals(401, request("127.0.0.3", JOB_INSTANCES, null).status());
        }
        assertEquals(200, jobInstancesFrom("127.0.0.3", BatchApi.OPERATOR).status());
    }

    private static Answer jobInstancesFrom(String client, String credentials) throws IOException {
        return request(client, JOB_INSTANCES, basic(credentials));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** GET of a path over HTTPS from a given loopback address (HttpClient cannot choose one), sent as written. */
    private static Answer request(String client, String path, String authorization) throws IOException {
        URI server = URI.create(System.getProperty("it.https.url"));
        try (SSLSocket socket = (SSLSocket) Api.trustingTls().getSocketFactory().createSocket()) {
            socket.bind(new InetSocketAddress(client, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + server.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] lines = response.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = response.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
