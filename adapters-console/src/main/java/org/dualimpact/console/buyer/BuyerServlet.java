package org.dualimpact.console.buyer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.Errors;
import org.dualimpact.console.Inputs;
import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.spo.AgreementActions;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.VerifiedAgreement;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * The buyer's pages: {@code /audit}, the provisions pending audit in its territories, each approved or
 * suspended with a reason (as read: one its provider edited meanwhile is a conflict, nothing decided); {@code /tenders}, its tenders and a form to open one; {@code /tenders/{ref}},
 * one tender, closed and awarded to a supplier of a proposal submitted to it; {@code /verify}, a
 * contracted agreement found by its reference and verification code (any buyer, and its parties).
 * Pages other than {@code /verify} are the 403 page without the buyer role; the kernel refuses the rest.
 */
@WebServlet(urlPatterns = {"/audit", "/tenders", "/tenders/*", "/verify"})
public class BuyerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TENDER_FIELDS = Map.of("title", "Title", "territory", "Territory",
            "closingDate", "Closing date");

    @Inject
    transient ConsolePages pages;

    @Inject
    transient BuyerActions buyers;

    @Inject
    transient AgreementActions names;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        if ("/verify".equals(path)) {
            verify(request, response, acting.get());
        } else if (!acting.get().actor().has(Role.BUYER)) {
            response.sendError(403);
        } else if ("/audit".equals(path)) {
            audit(request, response, acting.get(), Map.of(), Errors.NONE, 200);
        } else if ("/tenders".equals(path)) {
            tenders(request, response, acting.get(), new TenderForm("", "", ""), Errors.NONE, 200);
        } else {
            try {
                tender(request, response, acting.get(), buyers.tender(TenderReference.fromRequest(path.substring("/tenders/".length()))),
                        "", Errors.NONE, 200);
            } catch (DomainException e) {
                response.sendError(404);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        if (!acting.get().actor().has(Role.BUYER)) {
            response.sendError(403);
        } else if ("/audit".equals(path)) {
            postAudit(request, response, acting.get());
        } else if ("/tenders".equals(path)) {
            postTender(request, response, acting.get());
        } else if (path.startsWith("/tenders/") && (path.endsWith("/close") || path.endsWith("/award"))) {
            String reference = path.substring("/tenders/".length(), path.lastIndexOf('/'));
            postTenderStep(request, response, acting.get(), reference, path.endsWith("/award"));
        } else {
            response.sendError(404);
        }
    }

    private void postAudit(HttpServletRequest request, HttpServletResponse response, Acting acting) throws IOException {
        String provision = Inputs.text(request, "provision");
        String decision = Inputs.text(request, "decision");
        String reason = Inputs.text(request, "reason-" + provision);
        try {
            buyers.audit(acting.actor(), ProvisionId.fromRequest(provision), Inputs.version(Inputs.text(request, "version")),
                    "SUSPENDED".equals(decision) ? AuditStatus.SUSPENDED : AuditStatus.AUDITED, reason.isBlank() ? null : reason);
            response.sendRedirect("/audit");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.NOT_PERMITTED) {
                response.sendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403);
                return;
            }
            if (e.kind() == DomainException.Kind.STALE) {
                audit(request, response, acting, Map.of(provision, reason), new Errors(List.of(), Optional.of("Its provider "
                        + "changed this provision after you opened the queue, so nothing was decided. Read it again below, "
                        + "then approve or suspend it.")), 409);
                return;
            }
            String field = "reason-" + provision;
            audit(request, response, acting, Map.of(provision, reason),
                    new Errors(List.of(new FieldError(field, e.fieldErrors().isEmpty() ? e.getMessage()
                            : "Enter the reason to suspend this provision")), Optional.empty()), 400);
        }
    }

    private void postTender(HttpServletRequest request, HttpServletResponse response, Acting acting) throws IOException {
        TenderForm form = new TenderForm(Inputs.text(request, "title"), Inputs.text(request, "territory"),
                Inputs.text(request, "closingDate"));
        List<FieldError> parsing = new ArrayList<>();
        var closing = Inputs.date(form.closingDate(), "closingDate", "Enter the closing date as year-month-day, like 2027-01-31", parsing);
        if (!parsing.isEmpty()) {
            tenders(request, response, acting, form, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            Tender tender = buyers.open(acting.actor(), form.title(), form.territory().strip(), closing);
            response.sendRedirect("/tenders/" + tender.reference().value());
        } catch (DomainException e) {
            tenders(request, response, acting, form, Errors.of(e, TENDER_FIELDS), e.kind() == DomainException.Kind.INVALID_INPUT ? 400 : 422);
        }
    }

    private void postTenderStep(HttpServletRequest request, HttpServletResponse response, Acting acting, String reference,
            boolean award) throws IOException {
        String supplier = Inputs.text(request, "supplier");
        try {
            TenderReference ref = TenderReference.fromRequest(reference);
            if (award) {
                if (!OrganisationId.isValid(supplier)) {
                    tender(request, response, acting, buyers.tender(ref), supplier, new Errors(List.of(new FieldError("supplier",
                            "Choose the supplier to award the tender to")), Optional.empty()), 400);
                    return;
                }
                buyers.award(acting.actor(), ref, new OrganisationId(supplier));
            } else {
                buyers.close(acting.actor(), ref);
            }
            response.sendRedirect("/tenders/" + ref.value());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.NOT_PERMITTED) {
                response.sendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403);
                return;
            }
            tender(request, response, acting, buyers.tender(TenderReference.fromRequest(reference)), supplier,
                    new Errors(List.of(new FieldError(award ? "supplier" : "close", e.getMessage())), Optional.empty()), 409);
        }
    }

    private void audit(HttpServletRequest request, HttpServletResponse response, Acting acting, Map<String, String> reasons,
            Errors errors, int status) throws IOException {
        List<Provision> queue = buyers.auditQueue(acting.actor());
        Map<String, String> providers = new HashMap<>();
        queue.forEach(p -> providers.put(p.id().value(), names.name(p.provider())));
        pages.render(response, status, "audit.jte", Map.of("page", pages.page((errors.any() ? "Error: " : "") + "Audit queue",
                request, Optional.of(acting)), "queue", queue, "providers", providers, "reasons", reasons, "errors", errors));
    }

    private void tenders(HttpServletRequest request, HttpServletResponse response, Acting acting, TenderForm form, Errors errors,
            int status) throws IOException {
        pages.render(response, status, "tenders.jte", Map.of("page", pages.page((errors.any() ? "Error: " : "") + "Tenders",
                request, Optional.of(acting)), "tenders", buyers.ownTenders(acting.actor()), "form", form, "errors", errors));
    }

    private void tender(HttpServletRequest request, HttpServletResponse response, Acting acting, Tender tender, String supplier,
            Errors errors, int status) throws IOException {
        if (!acting.actor().organisationId().map(tender.buyer().value()::equals).orElse(false)) {
            response.sendError(404);
            return;
        }
        List<String[]> bidders = buyers.submittedTo(acting.actor(), tender.reference()).stream()
                .map(s -> new String[] {s.supplier().value(), names.name(s.supplier()) + " (" + s.reference().value() + ")"})
                .toList();
        pages.render(response, status, "tender.jte", Map.of("page", pages.page((errors.any() ? "Error: " : "")
                + tender.reference().value(), request, Optional.of(acting)), "tender", tender, "bidders", bidders,
                "open", tender.status() == TenderStatus.OPEN, "awardedTo", tender.awardedTo().map(names::name).orElse(""),
                "supplier", supplier, "errors", errors));
    }

    private void verify(HttpServletRequest request, HttpServletResponse response, Acting acting) throws IOException {
        String reference = Inputs.text(request, "reference").strip();
        String code = Inputs.text(request, "code").strip();
        Optional<VerifiedAgreement> found = Optional.empty();
        Errors errors = Errors.NONE;
        if (!reference.isEmpty() || !code.isEmpty()) {
            try {
                found = Optional.of(buyers.verify(acting.actor(), SpoReference.fromRequest(reference), code));
            } catch (DomainException e) {
                errors = new Errors(List.of(new FieldError("reference", e.kind() == DomainException.Kind.NOT_PERMITTED
                        ? e.getMessage() : "No contracted agreement has this reference and verification code")), Optional.empty());
            }
        }
        pages.render(response, errors.any() ? 404 : 200, "verify.jte", Map.of("page", pages.page((errors.any() ? "Error: " : "")
                + "Verify an agreement", request, Optional.of(acting)), "reference", reference, "code", code,
                "found", found, "errors", errors));
    }

    /** The tender form as typed. */
    public record TenderForm(String title, String territory, String closingDate) {
    }
}
