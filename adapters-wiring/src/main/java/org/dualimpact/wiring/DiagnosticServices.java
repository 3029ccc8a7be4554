package org.dualimpact.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.dualimpact.kernel.diagnostic.AssessmentRepository;
import org.dualimpact.kernel.diagnostic.BenchmarkService;
import org.dualimpact.kernel.diagnostic.FrameworkRepository;
import org.dualimpact.kernel.diagnostic.FrameworkService;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.territory.TerritoryRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the diagnostic's kernel services (frameworks, assessments, benchmarks) from the adapters
 * that implement their ports. The minimum peer-group size of benchmarks is configuration:
 * {@code dualimpact.diagnostic.min-group-size} (environment {@code DUALIMPACT_DIAGNOSTIC_MIN_GROUP_SIZE}),
 * default 5, at least 2.
 *
 * <p>Application-scoped, so the settings are read once: as a dependent bean, a new instance read them
 * from MicroProfile Config (and the environment) for every service it produced, that is for every
 * request to a resource injecting one.
 */
@ApplicationScoped
public class DiagnosticServices {

    /** Name of the setting holding the smallest peer group a benchmark shows. */
    public static final String MIN_GROUP_SIZE = "dualimpact.diagnostic.min-group-size";

    @Inject
    @ConfigProperty(name = MIN_GROUP_SIZE, defaultValue = "5")
    int minimumGroupSize;

    @Produces
    @Dependent
    FrameworkService frameworkService(FrameworkRepository frameworks, Clock clock) {
        return new FrameworkService(frameworks, clock);
    }

    @Produces
    @Dependent
    BenchmarkService benchmarkService(AssessmentRepository assessments, FrameworkRepository frameworks,
            OrganisationRepository organisations, TerritoryRepository territories) {
        return new BenchmarkService(assessments, frameworks, organisations, territories, minimumGroupSize);
    }
}
