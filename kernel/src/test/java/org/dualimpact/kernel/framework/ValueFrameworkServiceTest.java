package org.dualimpact.kernel.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.testing.InMemoryValueFrameworkRepository;
import org.dualimpact.kernel.testing.MutableClock;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.Test;

class ValueFrameworkServiceTest {

    private final InMemoryValueFrameworkRepository repository = new InMemoryValueFrameworkRepository();
    private final ValueFrameworkService service = new ValueFrameworkService(repository,
            new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));

    @Test
    void shippedEditionsInstallOnceAndAnEditionImportsOnce() {
        assertEquals(2, service.installShipped(TestKernel.ADMIN).size());
        assertEquals(0, service.installShipped(TestKernel.ADMIN).size());
        assertTrue(service.all().stream().allMatch(ValueFramework::shipped));
        String text = ValueFrameworkFile.shippedText("ppn-06-20.json");
        assertEquals("framework-exists", assertThrows(DomainException.class,
                () -> service.importFramework(TestKernel.ADMIN, text)).code());
        ValueFramework corrected = service.importFramework(TestKernel.ADMIN, text.replace("Edition 1.1 (3 Dec 2020)",
                "Edition 1.1 (corrected)"));
        assertEquals(3, service.all().size());
        assertEquals(corrected, service.get(corrected.id().value()));
        assertEquals("framework-not-found", assertThrows(DomainException.class, () -> service.get("SVF-nope")).code());
        assertEquals("role-required", assertThrows(DomainException.class,
                () -> service.importFramework(TestKernel.BUYER, text)).code());
    }

    @Test
    void anEditionIsReplacedOnlyWhileNoTenderUsesIt() {
        ValueFramework edition = service.installShipped(TestKernel.ADMIN).get(0);
        String text = ValueFrameworkFile.shippedText(edition.definition().key() + ".json")
                .replace("\"unverified\": true", "\"unverified\": false");
        ValueFramework replaced = service.replace(TestKernel.ADMIN, edition.id().value(), text);
        assertEquals(edition.id(), replaced.id());
        assertEquals(0, replaced.definition().criteria().stream().filter(p -> p.criterion().unverified()).count());
        repository.usage(id -> id.equals(edition.id()));
        assertEquals("framework-in-use", assertThrows(DomainException.class,
                () -> service.replace(TestKernel.ADMIN, edition.id().value(), text)).code());
        assertTrue(service.frozen(replaced));
    }
}
