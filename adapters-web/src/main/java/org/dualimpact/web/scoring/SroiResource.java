package org.dualimpact.web.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.sroi.SroiService;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.scoring.ScoringViews.SroiView;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * SROI, gross and net side by side: of an SPO (each commitment line and the agreement), and of a bid
 * (its frozen commitment values). {@code rate} is the discount rate (0–0.25; default the configured
 * one, 0.035); {@code catalogue} names the catalogue whose proxies value an SPO not tied to a scored
 * tender. Visibility is the SPO's or the bid's.
 */
@Path("sroi")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social value")
@SecurityRequirement(name = RestApplication.JWT)
public class SroiResource {

    @Inject
    SroiService sroi;

    @Inject
    CurrentActor actor;

    @GET
    @Path("spos/{reference}")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.AUDITOR})
    @Operation(operationId = "getSpoSroi", summary = "SROI of an SPO: per commitment and in total, gross and net, PV, NPV, ratio")
    public SroiView spo(@PathParam("reference") String reference, @QueryParam("catalogue") String catalogue,
            @QueryParam("rate") String rate) {
        Optional<BigDecimal> discount = rate(rate);
        return SroiView.of(sroi.ofSpo(actor.get(), spo(reference),
                Optional.ofNullable(catalogue).filter(c -> !c.isBlank()).map(CatalogueId::fromRequest), discount));
    }

    @GET
    @Path("tenders/{reference}/bids/{bid}")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "getBidSroi", summary = "SROI of a bid's commitments as valued when it was registered")
    public SroiView bid(@PathParam("reference") String reference, @PathParam("bid") String bid,
            @QueryParam("rate") String rate) {
        Optional<BigDecimal> discount = rate(rate);
        return SroiView.of(sroi.ofBid(actor.get(), TenderReference.fromRequest(reference), BidId.fromRequest(bid),
                discount));
    }

    /** The SPO a request names; a malformed reference names none and is refused as not found ({@code spo-not-found}). */
    private static SpoReference spo(String reference) {
        try {
            return SpoReference.parse(reference);
        } catch (IllegalArgumentException e) {
            throw SroiService.spoNotFound(reference);
        }
    }

    /** The {@code rate} query parameter: absent or blank → the default; not a decimal → 400 {@code invalid-parameter}. */
    public static Optional<BigDecimal> rate(String rate) {
        if (rate == null || rate.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(rate.strip()));
        } catch (NumberFormatException e) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter", "The parameter 'rate' is "
                    + "invalid: must be a decimal from 0 to 0.25.", List.of(new FieldError("rate", "a decimal from 0 to 0.25")));
        }
    }
}
