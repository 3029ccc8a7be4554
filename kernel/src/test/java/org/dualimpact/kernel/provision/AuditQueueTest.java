package org.dualimpact.kernel.provision;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_2;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A buyer's audit queue through {@link ProvisionService#auditQueue}: pending provisions of its territories only. */
class AuditQueueTest {

    private final TestKernel kernel = new TestKernel();
    private ProvisionId club;
    private ProvisionId larder;

    @BeforeEach
    void twoPublishedProvisions() {
        kernel.registerParties();
        club = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id();
        larder = kernel.provisions.publish(PROVIDER_2, Requests.communityLarder()).id();
    }

    @Test
    void anAuditedProvisionLeavesTheQueue() {
        kernel.provisions.audit(BUYER, club, AuditStatus.AUDITED, null);

        assertEquals(List.of(larder), kernel.provisions.auditQueue(BUYER).stream().map(Provision::id).toList());
    }

    @Test
    void aBuyerOfOtherTerritoriesSeesNone() {
        assertEquals(List.of(), kernel.provisions.auditQueue(OTHER_BUYER));
    }

    @Test
    void onlyABuyerHasAQueue() {
        assertEquals(List.of(), kernel.provisions.auditQueue(SUPPLIER_1));
        assertEquals(List.of(), kernel.provisions.auditQueue(PROVIDER_1));
    }
}
