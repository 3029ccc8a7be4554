package org.dualimpact.kernel.provision;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.METROPOLITAN;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_2;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.dualimpact.kernel.provision.ProvisionService.NeedRequest;
import org.dualimpact.kernel.provision.ProvisionService.PublishRequest;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A provider edits its provision through {@link ProvisionService#edit}. */
class ProvisionEditingTest {

    private final TestKernel kernel = new TestKernel();
    private ProvisionId club;

    @BeforeEach
    void anAuditedProvision() {
        kernel.registerParties();
        club = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id();
        kernel.provisions.audit(BUYER, club, AuditStatus.AUDITED, null);
    }

    @Test
    void anEditReplacesWhatTheProvisionSaysAndSendsItBackForAudit() {
        Provision edited = kernel.provisions.edit(PROVIDER_1, club, version(), renamed("Digital Skills Club (evenings)"));

        Provision stored = kernel.provisions.get(PROVIDER_1, club);
        assertEquals("Digital Skills Club (evenings)", stored.title());
        assertEquals(List.of(new Need(NeedType.MONEY, "Hall hire", new BigDecimal("800"), null, null)), stored.needs());
        assertEquals(AuditStatus.PENDING, stored.status());
        assertTrue(stored.auditedBy().isEmpty());
        assertEquals(edited.version(), stored.version());
        assertEquals(0, kernel.provisions.spotlight(null, null, null, null, null, SpotlightQuery.Sort.TITLE, 0, 10).total());
    }

    @Test
    void aSuspendedProvisionEditedIsPendingWithoutTheSuspensionReason() {
        kernel.provisions.audit(BUYER, club, AuditStatus.SUSPENDED, "Venue closed");

        kernel.provisions.edit(PROVIDER_1, club, version(), renamed("Digital Skills Club at the library"));

        Provision stored = kernel.provisions.get(PROVIDER_1, club);
        assertEquals(AuditStatus.PENDING, stored.status());
        assertEquals("", stored.statusReason());
    }

    @Test
    void anEditFromAnOlderVersionIsStaleAndChangesNothing() {
        long read = version();
        kernel.provisions.edit(PROVIDER_1, club, read, renamed("First edit"));

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.provisions.edit(PROVIDER_1, club, read, renamed("Second edit")));

        assertEquals(DomainException.Kind.STALE, e.kind());
        assertEquals("First edit", kernel.provisions.get(PROVIDER_1, club).title());
    }

    @Test
    void onlyItsProviderEditsAProvision() {
        DomainException rival = assertThrows(DomainException.class,
                () -> kernel.provisions.edit(PROVIDER_2, club, version(), renamed("Taken over")));
        DomainException supplier = assertThrows(DomainException.class,
                () -> kernel.provisions.edit(SUPPLIER_1, club, version(), renamed("Taken over")));

        assertEquals(DomainException.Kind.NOT_PERMITTED, rival.kind());
        assertEquals(DomainException.Kind.NOT_PERMITTED, supplier.kind());
        assertEquals(DomainException.Kind.NOT_PERMITTED,
                assertThrows(DomainException.class, () -> kernel.provisions.editable(PROVIDER_2, club)).kind());
        assertEquals(club, kernel.provisions.editable(PROVIDER_1, club).id());
        assertEquals("Digital Skills Club", kernel.provisions.get(PROVIDER_1, club).title());
    }

    @Test
    void anEditBreakingTheRulesOfPublishingNamesTheFieldsAndKeepsTheAudit() {
        PublishRequest elsewhere = new PublishRequest("", null, Set.of(METROPOLITAN), Set.of(), List.of(), null);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.provisions.edit(PROVIDER_1, club, version(), elsewhere));

        assertEquals("invalid-provision", e.code());
        assertEquals(Set.of("territories", "needs", "title"),
                Set.copyOf(e.fieldErrors().stream().map(f -> f.field()).toList()));
        assertEquals(AuditStatus.AUDITED, kernel.provisions.get(PROVIDER_1, club).status());
    }

    @Test
    void anAuditOfTheWordsReadBeforeAnEditIsStaleAndDecidesNothing() {
        long read = version();
        kernel.provisions.edit(PROVIDER_1, club, read, renamed("Digital Skills Club (evenings)"));

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.provisions.audit(BUYER, club, read, AuditStatus.AUDITED, null));
        assertEquals(DomainException.Kind.STALE, e.kind());
        assertEquals(AuditStatus.PENDING, kernel.provisions.get(PROVIDER_1, club).status());

        kernel.provisions.audit(BUYER, club, version(), AuditStatus.AUDITED, null);
        assertEquals(AuditStatus.AUDITED, kernel.provisions.get(PROVIDER_1, club).status());
    }

    private long version() {
        return kernel.provisions.get(PROVIDER_1, club).version();
    }

    private static PublishRequest renamed(String title) {
        return new PublishRequest(title, "Weekly coding sessions.", Set.of(THAMES_VALLEY), Set.of("NT-YOUTH-1"),
                List.of(new NeedRequest(NeedType.MONEY, "Hall hire", new BigDecimal("800"), null, null)), 30);
    }
}
