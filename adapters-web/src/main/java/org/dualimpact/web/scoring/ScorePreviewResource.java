package org.dualimpact.web.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

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
import org.dualimpact.kernel.scoring.ScorePreview;
import org.dualimpact.kernel.scoring.SocialValueMethod;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.scoring.ScoringViews.BandView;
import org.dualimpact.web.scoring.ScoringViews.CommitmentView;
import org.dualimpact.web.scoring.ScoringViews.CriterionView;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supplier's score preview ({@link ScorePreview}): how its own proposals named by {@code spo} would be
 * valued under the tender's published scoring if it bid today, line by line, and per criterion. No
 * points: they depend on the other bids, which a supplier never sees.
 */
@Path("tenders/{reference}/score-preview")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = RestApplication.JWT)
public class ScorePreviewResource {

    /** A criterion with the lines that would count towards it and their net value × local weight. */
    public record CriterionValueView(CriterionView criterion, BigDecimal netValue, List<CommitmentView> lines) {
    }

    public record PreviewView(String tender, String tenderTitle, @Schema(ref = "SocialValueMethod") SocialValueMethod method,
            boolean perPound, BigDecimal priceWeight, BigDecimal qualityWeight, BigDecimal socialValueWeight,
            String catalogue, LocalDate valuedOn, List<CriterionValueView> criteria, List<CommitmentView> countingNowhere,
            List<BandView> scale) {
        static PreviewView of(ScorePreview.Preview p) {
            TenderScoring s = p.setup();
            return new PreviewView(p.tender().reference().value(), p.tender().title(), s.method(), s.perPound(),
                    s.weights().price(), s.weights().quality(), s.weights().socialValue(),
                    s.catalogue().map(CatalogueId::value).orElse(null), p.valuedOn(),
                    p.criteria().stream().map(c -> new CriterionValueView(CriterionView.of(c.criterion()), c.netValue(),
                            c.lines().stream().map(CommitmentView::of).toList())).toList(),
                    p.countingNowhere().stream().map(CommitmentView::of).toList(),
                    s.scale().bands().stream().map(b -> new BandView(b.mark(), b.description())).toList());
        }
    }

    @Inject
    ScorePreview previews;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "previewScore", summary = "Preview (a supplier) how its own proposals (spo, repeatable, "
            + "up to 50) would be valued under the tender's scoring if it bid today; no points, no other bid")
    public PreviewView preview(@PathParam("reference") String reference, @QueryParam("spo") List<String> spos) {
        TenderReference tender = TenderReference.fromRequest(reference);
        if (spos.isEmpty() || spos.size() > 50) {
            throw invalid("name 1 to 50 of your proposals");
        }
        List<SpoReference> proposals = new ArrayList<>();
        for (String spo : new LinkedHashSet<>(spos)) {
            try {
                proposals.add(SpoReference.parse(spo));
            } catch (IllegalArgumentException e) {
                throw DomainException.notFound("spo-not-found", "You have no SPO "
                        + (spo.length() > 40 ? spo.substring(0, 40) + "…" : spo) + ".");
            }
        }
        return PreviewView.of(previews.preview(actor.get(), tender, proposals));
    }

    private static DomainException invalid(String message) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                "The parameter 'spo' is invalid: " + message + ".", List.of(new FieldError("spo", message)));
    }
}
