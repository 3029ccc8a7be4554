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

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch WAR on the real EAR, operated as a batch operator does: through Liberty's batch
 * management REST API over HTTPS with the operator account.
 */
@ExtendWith(ArquillianExtension.class)
class BatchSmokeIT {

    private static final HttpClient HTTPS = Api.trustingHttpsClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void anOperatorRunsTheReferenceDataCheckToCompletion() throws Exception {
        HttpResponse<String> submitted = batch("POST", "/ibm/api/batch/jobinstances", "operator:dev-operator-password",
                "{\"applicationName\":\"dual-impact\",\"moduleName\":\"dual-impact-batch.war\","
                        + "\"jobXMLName\":\"reference-data-check\"}");
        assertEquals(201, submitted.statusCode(), submitted::body);
        long instance = Api.object(submitted).getJsonNumber("instanceId").longValue();

        JsonObject job = waitForEnd(instance);

        assertEquals("COMPLETED", job.getString("batchStatus"), job::toString);
        HttpResponse<String> executions = batch("GET", "/ibm/api/batch/jobinstances/" + instance + "/jobexecutions",
                "operator:dev-operator-password", null);
        JsonObject execution = Api.array(executions).getJsonObject(0);
        assertEquals("COMPLETED", execution.getString("batchStatus"), execution::toString);
        assertEquals("45 territories in 12 regions", execution.getString("exitStatus"), execution::toString);
    }

    @Test
    void theBatchApiRefusesWrongCredentials() {
        HttpResponse<String> response = batch("GET", "/ibm/api/batch/jobinstances", "operator:wrong", null);

        assertEquals(401, response.statusCode());
    }

    private static JsonObject waitForEnd(long instance) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject job;
        do {
            Thread.sleep(500);
            job = Api.object(batch("GET", "/ibm/api/batch/jobinstances/" + instance, "operator:dev-operator-password", null));
        } while (!Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(job.getString("batchStatus"))
                && Instant.now().isBefore(deadline));
        return job;
    }

    private static HttpResponse<String> batch(String method, String path, String credentials, String body) {
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
