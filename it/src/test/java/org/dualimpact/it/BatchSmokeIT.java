package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void anOperatorRunsTheReferenceDataCheckToCompletion() throws Exception {
        JsonObject execution = BatchApi.waitForEnd(BatchApi.submit("reference-data-check", "{}"));

        assertEquals("COMPLETED", execution.getString("batchStatus"), execution::toString);
        assertEquals("45 territories in 12 regions", execution.getString("exitStatus"), execution::toString);
    }

    @Test
    void theBatchApiRefusesWrongCredentials() {
        assertEquals(401, BatchApi.call("GET", "/ibm/api/batch/jobinstances", "operator:wrong", null).statusCode());
    }
}
