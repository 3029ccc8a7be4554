package org.dualimpact.web.tender;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderService;
import org.dualimpact.kernel.tender.TenderStatus;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenders: buyers open, close and award them; every signed-in user reads them. */
@Path("tenders")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = RestApplication.JWT)
public class TenderResource {

    /** A tender as the API shows it. */
    public record TenderView(String reference, String buyer, String title, String territory, LocalDate closingDate,
            TenderStatus status, String awardedTo, Instant awardedAt, Instant createdAt) {
        static TenderView of(Tender t) {
            return new TenderView(t.reference().value(), t.buyer().value(), t.title(), t.territory(), t.closingDate(),
                    t.status(), t.awardedTo().map(OrganisationId::value).orElse(null), t.awardedAt().orElse(null),
                    t.createdAt());
        }
    }

    /** What a buyer sends to open a tender. */
    public record OpenRequest(@NotBlank @Size(max = 200) String title, @NotBlank String territory,
            @NotNull LocalDate closingDate) {
    }

    /** The supplier a tender is awarded to. */
    public record AwardRequest(@NotBlank String supplier) {
    }

    @Inject
    TenderService tenders;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(summary = "Open a tender in a territory the buyer serves")
    public Response open(@NotNull(message = "a JSON body is required") @Valid OpenRequest request) {
        Tender tender = tenders.open(actor.get(), request.title(), request.territory(), request.closingDate());
        return Response.created(URI.create("tenders/" + tender.reference().value())).entity(TenderView.of(tender)).build();
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(summary = "All tenders, newest first")
    public List<TenderView> list() {
        return tenders.all().stream().map(TenderView::of).toList();
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(summary = "One tender")
    public TenderView get(@PathParam("reference") String reference) {
        return TenderView.of(tenders.get(reference));
    }

    @POST
    @Path("{reference}/closure")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(summary = "Close the tender to submissions (its buyer)")
    public TenderView close(@PathParam("reference") String reference) {
        return TenderView.of(tenders.close(actor.get(), reference));
    }

    @POST
    @Path("{reference}/award")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(summary = "Award the tender to a supplier (its buyer); the supplier's submitted SPOs become agreements")
    public TenderView award(@PathParam("reference") String reference,
            @NotNull(message = "a JSON body is required") @Valid AwardRequest request) {
        return TenderView.of(tenders.award(actor.get(), reference, request.supplier()));
    }
}
