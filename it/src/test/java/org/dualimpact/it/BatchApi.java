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

    /**
     * Submits a job of the batch WAR with parameters (JSON object text, may be "{}") and returns its instance id.
     * Liberty 26.0.0.3's job repository on Derby can deadlock when several submissions create job instances at
     * once (the schedule firing while a test submits; fixed upstream in Open Liberty PR 34734, not in a release
     * reachable here): the submission then answers 500 with a {@code RollbackException} and nothing was created.
     * Such an answer is retried, at most three times, as an operator would; any other answer fails at once.
     */
    static long submit(String jobXmlName, String jobParameters) throws InterruptedException {
        String body = "{\"applicationName\":\"dual-impact\",\"moduleName\":\"dual-impact-batch.war\",\"jobXMLName\":\""
                + jobXmlName + "\",\"jobParameters\":" + jobParameters + "}";
        HttpResponse<String> submitted = call("POST", "/ibm/api/batch/jobinstances", OPERATOR, body);
        for (int retry = 1; retry <= 3 && isRepositoryRollback(submitted); retry++) {
            System.err.println("BatchApi: the job repository rolled back the submission of " + jobXmlName + " (retry "
                    + retry + "): " + submitted.body());
            Thread.sleep(300L * retry);
            submitted = call("POST", "/ibm/api/batch/jobinstances", OPERATOR, body);
        }
        assertEquals(201, submitted.statusCode(), submitted::body);
        return Api.object(submitted).getJsonNumber("instanceId").longValue();
    }

    private static boolean isRepositoryRollback(HttpResponse<String> answer) {
        return answer.statusCode() == 500 && answer.body().contains("RollbackException");
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
