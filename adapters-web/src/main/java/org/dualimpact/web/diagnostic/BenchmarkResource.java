package org.dualimpact.web.diagnostic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.diagnostic.BenchmarkService;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.diagnostic.DiagnosticViews.BenchmarkView;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organisation against its peers: distributions over other organisations' latest
 * submitted assessments of one framework version, in a territory, a region or everywhere. Never an
 * identity; below the minimum group size ({@code dualimpact.diagnostic.min-group-size}) nothing.
 */
@Path("diagnostic/benchmarks")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostic")
@SecurityRequirement(name = RestApplication.JWT)
public class BenchmarkResource {

    @Inject
    BenchmarkService benchmarks;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "getDiagnosticBenchmark", summary = "Peers' distribution per value code and the caller's position (?framework=&territory= or &region=; "
            + "neither: all)")
    public BenchmarkView benchmark(@QueryParam("framework") String framework, @QueryParam("territory") String territory,
            @QueryParam("region") String region) {
        return BenchmarkView.of(benchmarks.benchmark(actor.get(), framework, territory, region));
    }
}
