package org.dualimpact.console.preview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.Errors;
import org.dualimpact.console.Inputs;
import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.spo.SpoView;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.scoring.ScorePreview;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * The supplier's score preview, {@code GET /spos/{reference}/score-preview?tender=…}: how its proposal's
 * commitments would be valued under a tender's published scoring if it bid today ({@link ScorePreview}),
 * for the open tenders of the proposal's territory, or the tender it was submitted to. A GET form chooses
 * the tender; nothing is stored. No points are shown: they depend on the other bids.
 *
 * <p>An SPO the actor may not see is the 404 page; one it sees but does not supply (a buyer, a provider)
 * the 403 page. A tender without scoring yet and a proposal no longer previewable (agreed, or submitted
 * to another tender) are said on the page; a malformed tender reference is marked on the tender field.
 */
@ApplicationScoped
public class ScorePreviewPage {

    /** The step under {@code /spos/{reference}} this page answers. */
    public static final String STEP = "/score-preview";

    @Inject
    ConsolePages pages;

    @Inject
    PreviewActions actions;

    /** Whether the SPO page offers the preview: to the SPO's supplier, while it is a proposal. */
    public static boolean offered(SpoView spo) {
        return suppliedBy(spo.actor(), spo.spo()) && spo.spo().stage().isProposal();
    }

    private static boolean suppliedBy(Actor actor, Spo spo) {
        return actor.has(Role.SUPPLIER) && actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new)
                .map(spo.supplier()::equals).orElse(false);
    }

    /** What the page says instead of a preview: why there is none. */
    public record Notice(String id, String heading, String text) {
    }

    public void show(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoReference reference)
            throws IOException {
        Actor actor = acting.actor();
        Spo spo;
        try {
            spo = actions.spo(actor, reference);
        } catch (DomainException e) {
            response.sendError(404);
            return;
        }
        if (!suppliedBy(actor, spo)) {
            response.sendError(403);
            return;
        }
        List<Tender> choices = new ArrayList<>(spo.tender().map(t -> actions.tender(t).stream().toList())
                .orElseGet(() -> spo.content().map(SpoContent::territory).map(actions::openTenders).orElse(List.of())));
        String asked = Inputs.text(request, "tender").strip();
        Optional<TenderReference> chosen = asked.isEmpty() ? spo.tender() : Optional.empty();
        Errors errors = Errors.NONE;
        int status = 200;
        if (!asked.isEmpty()) {
            if (TenderReference.isValid(asked)) {
                TenderReference ref = new TenderReference(asked);
                boolean listed = choices.stream().anyMatch(t -> t.reference().equals(ref));
                Optional<Tender> unlisted = listed ? Optional.empty() : actions.tender(ref);
                unlisted.ifPresent(choices::add);
                if (listed || unlisted.isPresent()) {
                    chosen = Optional.of(ref);
                } else {
                    errors = tenderError(TenderReference.notFound(asked).getMessage());
                    status = 404;
                }
            } else {
                errors = tenderError("Enter a tender reference like TND-TVP-2026-0001");
                status = 400;
            }
        }
        List<String[]> options = choices.stream().map(t -> new String[] {t.reference().value(), t.reference().value() + ": "
                + t.title() + ", " + actions.name(t.buyer()) + ", closes " + t.closingDate()}).toList();
        Map<String, String> buyers = new HashMap<>();
        choices.forEach(t -> buyers.put(t.reference().value(), actions.name(t.buyer())));

        Optional<PreviewView> preview = Optional.empty();
        Optional<Notice> notice = Optional.empty();
        if (chosen.isPresent()) {
            try {
                ScorePreview.Preview valued = actions.preview(actor, chosen.get(), reference);
                preview = Optional.of(PreviewView.of(valued, buyers.getOrDefault(valued.tender().reference().value(),
                        valued.tender().buyer().value())));
            } catch (DomainException e) {
                switch (e.code()) {
                    case "scoring-not-configured" -> notice = Optional.of(new Notice("no-scoring", "No scoring set up yet",
                            "The buyer has not yet published how " + chosen.get().value() + " is scored, so there is "
                                    + "nothing to value your proposal against. Try again once it has."));
                    case "spo-not-previewable" -> {
                        notice = Optional.of(new Notice("not-previewable", "This proposal cannot be previewed", e.getMessage()));
                        status = 422;
                    }
                    case "tender-not-found" -> {
                        errors = tenderError(e.getMessage());
                        status = 404;
                    }
                    default -> {
                        if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.NOT_PERMITTED) {
                            response.sendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403);
                            return;
                        }
                        errors = Errors.of(e);
                        status = 400;
                    }
                }
            }
        }
        SpoView view = new SpoView(spo, actor);
        String title = "Score preview of " + reference.value();
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.page((errors.any() ? "Error: " : "") + title, request, Optional.of(acting)));
        model.put("spo", view);
        model.put("tenders", options);
        model.put("tender", chosen.map(TenderReference::value).orElse(asked));
        model.put("submitted", spo.tender().isPresent());
        model.put("errors", errors);
        model.put("preview", preview);
        model.put("notice", notice);
        pages.render(response, status, "score-preview.jte", model);
    }

    private static Errors tenderError(String message) {
        return new Errors(List.of(new FieldError("tender", message)), Optional.empty());
    }
}
