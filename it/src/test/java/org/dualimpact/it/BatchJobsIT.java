package org.dualimpact.it;

import static org.dualimpact.it.Story.AUDITOR;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.SUPPLIER_A_ORG;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The nightly jobs, run through Liberty's batch REST API as an operator would. */
@ExtendWith(ArquillianExtension.class)
class BatchJobsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void spoExpiryPurgesExactlyTheStaleProposalsAndASecondRunChangesNothing() throws Exception {
        String word = "exp" + Story.unique();
        String provision = Story.auditedProvision(word);
        String draft = Story.draft(SUPPLIER_A, provision, "Stale draft " + word);
        String openTender = Story.openTender("Still open " + word);
        String submitted = Story.submitted(SUPPLIER_A, provision, openTender);
        String awardedTender = Story.openTender("Awarded " + word);
        String agreement = Story.submitted(SUPPLIER_A, provision, awardedTender);
        Story.award(awardedTender, SUPPLIER_A_ORG);

        // retention 0 days for drafts; submitted proposals keep theirs until their tender closes
        JsonObject first = BatchApi.waitForEnd(BatchApi.submit("spo-expiry", "{\"draftDays\":\"0\",\"submittedDays\":\"0\"}"));
        assertEquals("COMPLETED", first.getString("batchStatus"), first::toString);
        assertTrue(first.getString("exitStatus").matches("expired [1-9][0-9]* proposals"), first::toString);

        JsonObject expired = ok(Api.get("/api/v1/spos/" + draft, SUPPLIER_A));
        assertEquals("EXPIRED", expired.getString("stage"));
        assertFalse(expired.containsKey("title"));
        assertTrue(expired.getString("contentHash").matches("[0-9a-f]{64}"));
        assertEquals("SUBMITTED", ok(Api.get("/api/v1/spos/" + submitted, SUPPLIER_A)).getString("stage"));
        assertEquals("AWAITING_SIGNATURES", ok(Api.get("/api/v1/spos/" + agreement, PROVIDER_A)).getString("stage"));
        JsonValue last = Api.array(Api.get("/api/v1/spos/" + draft + "/history", AUDITOR)).get(
                Api.array(Api.get("/api/v1/spos/" + draft + "/history", AUDITOR)).size() - 1);
        assertEquals("expire", last.asJsonObject().getString("action"));
        assertEquals("system:spo-expiry", last.asJsonObject().getString("actor"));

        JsonObject second = BatchApi.waitForEnd(BatchApi.submit("spo-expiry", "{\"draftDays\":\"0\",\"submittedDays\":\"0\"}"));
        assertEquals("COMPLETED", second.getString("batchStatus"));
        assertEquals("expired 0 proposals", second.getString("exitStatus"));
    }

    @Test
    void ledgerCheckpointStoresASignedTreeHead() throws Exception {
        JsonObject execution = BatchApi.waitForEnd(BatchApi.submit("ledger-checkpoint", "{}"));

        assertEquals("COMPLETED", execution.getString("batchStatus"), execution::toString);
        String exit = execution.getString("exitStatus");
        assertTrue(exit.matches("tree size \\d+ root [0-9a-f]{64}"), exit);
        String root = exit.substring(exit.lastIndexOf(' ') + 1);
        assertTrue(Api.array(Api.get("/api/v1/ledger/tree-heads", AUDITOR)).stream()
                .anyMatch(h -> h.asJsonObject().getString("rootHash").equals(root)));
    }
}
