package org.dualimpact.importing;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkService;
import org.dualimpact.kernel.diagnostic.InMemoryFrameworkRepository;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.scoring.ScoringPolicy;
import org.dualimpact.kernel.testing.InMemoryValueFrameworkRepository;
import org.dualimpact.kernel.testing.MutableClock;
import org.dualimpact.kernel.testing.ScoringKernel;
import org.junit.jupiter.api.Test;

/** Every file the product ships and every test file, read and imported through the kernel's services. */
class ShippedFilesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void theShippedSocialValueFilesInstallAtStartUp() {
        ScoringKernel s = new ScoringKernel(ScoringPolicy.DEFAULT, ShippedFiles.valueFrameworks(),
                ShippedFiles.illustrativeCatalogue());
        assertEquals(22, s.ppn0620.definition().criterionCount());
        assertEquals(5, s.ppn002.definition().criterionCount());
        assertEquals(4, s.illustrative.measures().size());
        assertEquals(List.of(), s.frameworks.installShipped(ADMIN, ShippedFiles.valueFrameworks()), "installed once");
    }

    @Test
    void theShippedDiagnosticFrameworkInstallsOnce() {
        FrameworkService frameworks = new FrameworkService(new InMemoryFrameworkRepository(), clock);
        assertEquals(15, frameworks.installDefault(ADMIN, ShippedFiles.diagnosticFramework()).orElseThrow().definition()
                .valueCodeCount());
        assertTrue(frameworks.installDefault(ADMIN, ShippedFiles.diagnosticFramework()).isEmpty());
    }

    @Test
    void everyTestFileImports() {
        Framework nps = new FrameworkService(new InMemoryFrameworkRepository(), clock).importFramework(ADMIN,
                JsonDiagnosticFrameworkReader.read(TestFiles.text(TestFiles.ALL.get(0))));
        assertEquals(59, nps.definition().valueCodeCount());
        ValueFramework ppn026 = new ValueFrameworkService(new InMemoryValueFrameworkRepository(), clock).importFramework(ADMIN,
                JsonValueFrameworkReader.read(TestFiles.text(TestFiles.ALL.get(1))));
        assertEquals(6, ppn026.definition().criterionCount());
    }
}
