package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Jakarta Batch's JobOperator driven inside the container: the real EAR with a test servlet added to its
 * batch WAR ({@link JobOperatorServlet}), called as the operator account over BASIC authentication.
 */
final class InContainerJobs {

    private static final String BATCH_WAR = "dual-impact-batch.war";

    private InContainerJobs() {
    }

    /** The shipped EAR, its batch WAR extended with the JobOperator servlet (test-only). */
    static EnterpriseArchive ear() {
        return Api.earWithWar(BATCH_WAR, batch -> {
            batch.addClass(JobOperatorServlet.class);
            batch.setWebXML("jobop/web.xml");
        });
    }

    static JsonObject start(String job, Map<String, String> parameters) {
        return call("POST", "action=start&job=" + job + params(parameters));
    }

    static JsonObject stop(long execution) {
        return call("POST", "action=stop&execution=" + execution);
    }

    static JsonObject restart(long execution, Map<String, String> parameters) {
        return call("POST", "action=restart&execution=" + execution + params(parameters));
    }

    static JsonObject execution(long execution) {
        return call("GET", "execution=" + execution);
    }

    static JsonObject waitForEnd(long execution) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject e;
        do {
            Thread.sleep(200);
            e = execution(execution);
        } while (!Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(e.getString("batchStatus"))
                && Instant.now().isBefore(deadline));
        return e;
    }

    private static String params(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> "&p." + e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining());
    }

    private static JsonObject call(String method, String query) {
        String credentials = Base64.getEncoder().encodeToString(BatchApi.OPERATOR.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = Api.request("/batch/it/job-operator" + (method.equals("GET") ? "?" + query : ""), null)
                .header("Authorization", "Basic " + credentials);
        if (method.equals("POST")) {
            request.POST(HttpRequest.BodyPublishers.ofString(query)).header("Content-Type", "application/x-www-form-urlencoded");
        } else {
            request.GET();
        }
        HttpResponse<String> response = Api.send(request);
        assertEquals(200, response.statusCode(), response::body);
        return Api.object(response);
    }
}
