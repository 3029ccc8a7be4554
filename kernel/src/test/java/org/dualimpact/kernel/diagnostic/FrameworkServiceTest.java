package org.dualimpact.kernel.diagnostic;

import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.ADMIN;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.TESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dualimpact.kernel.shared.DomainException;
import org.junit.jupiter.api.Test;

class FrameworkServiceTest {

    private final DiagnosticFixture fx = new DiagnosticFixture();

    @Test
    void anAdminImportsAndEveryoneReads() {
        Framework framework = fx.nps2018();

        assertEquals(framework, fx.frameworks.get(framework.id()));
        assertEquals(1, fx.frameworks.all().size());
        assertEquals(DiagnosticFixture.START, framework.importedAt());
        assertEquals("ada", framework.importedBy());
        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class,
                () -> fx.frameworks.importFramework(TESS, Frameworks.small("X", "1"))).kind());
        assertEquals("framework-not-found", assertThrows(DomainException.class, () -> FrameworkId.fromRequest("FWK-1")).code());
    }

    @Test
    void theSameNameAndVersionIsImportedOnceAndANewVersionIsANewFramework() {
        Framework first = fx.frameworks.importFramework(ADMIN, Frameworks.small("Small", "1"));

        DomainException again = assertThrows(DomainException.class,
                () -> fx.frameworks.importFramework(ADMIN, Frameworks.small("Small", "1")));
        assertEquals(DomainException.Kind.CONFLICT, again.kind());
        assertEquals("framework-exists", again.code());
        assertTrue(again.getMessage().contains(first.id().value()));

        Framework second = fx.frameworks.importFramework(ADMIN, Frameworks.small("Small", "2"));
        assertEquals(2, fx.frameworks.all().size());
        assertEquals("2", second.version());
    }

    @Test
    void theDefaultFrameworkIsInstalledOnce() {
        FrameworkDefinition shipped = Frameworks.small("Shipped", "2026.1");
        assertTrue(fx.frameworks.installDefault(ADMIN, shipped).isPresent());
        assertTrue(fx.frameworks.installDefault(ADMIN, shipped).isEmpty());
        assertEquals(1, fx.frameworks.all().size());
        assertEquals(3, fx.frameworks.all().get(0).definition().valueCodeCount());
    }
}
