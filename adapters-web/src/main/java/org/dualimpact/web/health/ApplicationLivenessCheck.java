package org.dualimpact.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dualimpact.web.startup.StartupTasks;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Startup;

/** Started once the start-up tasks (schema, reference data, demo data) have completed. */
@Startup
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Inject
    StartupTasks startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application").status(startup.completed()).build();
    }
}
