package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import jakarta.json.JsonObject;

/** Liberty's batch management REST API, used as a batch operator does: HTTPS, the operator account. */
final class BatchApi {

    static final String OPERATOR = "operator:dev-operator-password";
    private static final HttpClient HTTPS = Api.trustingHttpsClient();

    private BatchApi() {
    }

    /** Submits a job of the batch WAR with parameters (JSON object text, may be "{}") and returns its instance id. */
    static long submit(String jobXmlName, String jobParameters) {
        HttpResponse<String> submitted = call("POST", "/ibm/api/batch/jobinstances", OPERATOR,
                "{\"applicationName\":\"dual-impact\",\"moduleName\":\"dual-impact-batch.war\",\"jobXMLName\":\""
                        + jobXmlName + "\",\"jobParameters\":" + jobParameters + "}");
        assertEquals(201, submitted.statusCode(), submitted::body);
        return Api.object(submitted).getJsonNumber("instanceId").longValue();
    }

    /** Waits until the instance ends and returns its (first) execution: batchStatus, exitStatus. */
    static JsonObject waitForEnd(long instance) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject job;
        do {
            Thread.sleep(300);
            job = Api.object(call("GET", "/ibm/api/batch/jobinstances/" + instance, OPERATOR, null));
        } while (!Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(job.getString("batchStatus"))
                && Instant.now().isBefore(deadline));
        return Api.array(call("GET", "/ibm/api/batch/jobinstances/" + instance + "/jobexecutions", OPERATOR, null))
                .getJsonObject(0);
    }

    /** The job log of an instance, as text (every execution, every step). */
    static String jobLog(long instance) {
        HttpResponse<String> log = call("GET", "/ibm/api/batch/jobinstances/" + instance + "/joblogs?type=text", OPERATOR, null);
        assertEquals(200, log.statusCode(), log::body);
        return log.body();
    }

    static HttpResponse<String> call(String method, String path, String credentials, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(System.getProperty("it.https.url") + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return Api.send(HTTPS, request);
    }
}
