package org.dualimpact.kernel.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.testing.InMemoryValueFrameworkRepository;
import org.dualimpact.kernel.testing.MutableClock;
import org.dualimpact.kernel.testing.SocialValueContent;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.Test;

class ValueFrameworkServiceTest {

    private final InMemoryValueFrameworkRepository repository = new InMemoryValueFrameworkRepository();
    private final ValueFrameworkService service = new ValueFrameworkService(repository,
            new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));

    @Test
    void shippedEditionsInstallOnceAndAnEditionImportsOnce() {
        assertEquals(2, service.installShipped(TestKernel.ADMIN, SocialValueContent.shipped()).size());
        assertEquals(0, service.installShipped(TestKernel.ADMIN, SocialValueContent.shipped()).size());
        assertTrue(service.all().stream().allMatch(ValueFramework::shipped));
        ValueFrameworkDefinition again = SocialValueContent.ppn0620(SocialValueContent.PPN_0620_EDITION, false);
        assertEquals("framework-exists", assertThrows(DomainException.class,
                () -> service.importFramework(TestKernel.ADMIN, again)).code());
        ValueFramework corrected = service.importFramework(TestKernel.ADMIN,
                SocialValueContent.ppn0620("Edition 1.1 (corrected)", false));
        assertEquals(3, service.all().size());
        assertEquals(corrected, service.get(corrected.id()));
        assertEquals("framework-not-found", assertThrows(DomainException.class, () -> ValueFrameworkId.fromRequest("SVF-nope")).code());
        assertEquals("role-required", assertThrows(DomainException.class,
                () -> service.importFramework(TestKernel.BUYER, again)).code());
    }

    @Test
    void anEditionIsReplacedOnlyWhileNoTenderUsesIt() {
        ValueFramework edition = service.installShipped(TestKernel.ADMIN, SocialValueContent.shipped()).get(0);
        ValueFrameworkDefinition verified = SocialValueContent.ppn0620(SocialValueContent.PPN_0620_EDITION, true);
        ValueFramework replaced = service.replace(TestKernel.ADMIN, edition.id(), verified);
        assertEquals(edition.id(), replaced.id());
        assertEquals(0, replaced.definition().criteria().stream().filter(p -> p.criterion().unverified()).count());
        repository.usage(id -> id.equals(edition.id()));
        assertEquals("framework-in-use", assertThrows(DomainException.class,
                () -> service.replace(TestKernel.ADMIN, edition.id(), verified)).code());
        assertTrue(service.frozen(replaced));
    }
}
