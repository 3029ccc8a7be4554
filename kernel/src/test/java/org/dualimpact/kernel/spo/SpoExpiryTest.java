package org.dualimpact.kernel.spo;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2_ID;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.Test;

/** Which proposals the nightly job expires, and that expiring them twice changes nothing more. */
class SpoExpiryTest {

    private final TestKernel kernel = new TestKernel();

    @Test
    void staleDraftsAndLosingSubmissionsExpireOthersStay() {
        kernel.registerParties();
        String provision = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(provision), AuditStatus.AUDITED, null);
        LocalDate closing = LocalDate.of(2026, 3, 31);
        TenderReference tender = kernel.tenders.open(BUYER, "Fleet", THAMES_VALLEY, closing).reference();
        SpoReference oldDraft = draft(SUPPLIER_1);
        SpoReference winner = submitted(SUPPLIER_1, tender);
        SpoReference loser = submitted(SUPPLIER_2, tender);
        kernel.clock.moveTo(closing.plusDays(1));
        kernel.tenders.award(BUYER, tender, new OrganisationId(TestKernel.SUPPLIER_1_ID));
        SpoReference freshDraft = draft(SUPPLIER_2);

        kernel.clock.moveTo(closing.plusDays(40));
        assertEquals(List.of(oldDraft), kernel.expiry.staleProposals(45, 60));

        kernel.clock.moveTo(closing.plusDays(70));
        List<SpoReference> stale = kernel.expiry.staleProposals(45, 60);
        assertEquals(List.of(oldDraft, loser, freshDraft), stale);
        Actor job = Actor.system("spo-expiry");
        for (SpoReference reference : stale) {
            assertEquals(SpoStage.EXPIRED, kernel.expiry.expire(job, reference).stage());
        }

        assertTrue(kernel.expiry.staleProposals(45, 60).isEmpty(), "a second run finds nothing more");
        assertEquals(SpoStage.AWAITING_SIGNATURES, kernel.queries.get(SUPPLIER_1, winner).stage());
        assertTrue(kernel.queries.get(SUPPLIER_2, loser).content().isEmpty());
        assertEquals("EXPIRED", kernel.journal.about(loser.value()).get(kernel.journal.about(loser.value()).size() - 1)
                .toState());
        assertTrue(SUPPLIER_2_ID.startsWith("GB-"));
    }

    private SpoReference draft(Actor supplier) {
        String provision = kernel.provisionRepository.ofProvider(new OrganisationId(
                PROVIDER_1_ID)).get(0).id().value();
        return kernel.drafting.draft(supplier, Requests.content("Proposal", PROVIDER_1_ID, provision,
                Requests.threeCommitments()), Optional.empty()).reference();
    }

    private SpoReference submitted(Actor supplier, TenderReference tender) {
        SpoReference reference = draft(supplier);
        kernel.submission.endorse(PROVIDER_1, reference);
        kernel.submission.submit(supplier, reference, Optional.of(tender));
        return reference;
    }
}
