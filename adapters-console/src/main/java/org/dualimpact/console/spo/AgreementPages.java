package org.dualimpact.console.spo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.Errors;
import org.dualimpact.console.Formats;
import org.dualimpact.console.Inputs;
import org.dualimpact.console.Page;
import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.evidence.PublishedEvidence;
import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.ContributionState;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ReviewVerdict;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * The SPO page and the agreement's steps under it, for {@code /spos/{reference}…}: its PDF, submit (with a bid
 * or as an existing relationship), withdraw, sign, attach the contract, record a contribution, and a
 * post-contract review (buyer), a contribution's page with its inclusion proof, where a provider confirms or disputes it and the
 * supplier corrects it. A refusal of the kernel is the form again with the GOV.UK error summary and the
 * input kept; an SPO or entry the actor may not see is the 404 page, a step its role may not take the 403 page.
 */
@ApplicationScoped
public class AgreementPages {

    /** Who may download an SPO's document, as in the API ({@code SpoResource.document}). */
    private static final List<Role> DOCUMENT_ROLES = List.of(Role.SUPPLIER, Role.PROVIDER, Role.BUYER, Role.AUDITOR);
    private static final Pattern CONTRIBUTION = Pattern.compile("/contributions/(\\d+)(/[a-z]+)?");
    private static final Map<String, String> CONTRACT_FIELDS = Map.of("contractReference", "Contract reference",
            "start", "Start date", "end", "End date", "value", "Contract value");
    private static final Map<String, String> CONTRIBUTION_FIELDS = Map.of("line", "Commitment line", "commitmentLine",
            "Commitment line", "quantity", "Quantity", "value", "Value", "deliveryDate", "Delivery date");
    private static final Map<String, String> FOLLOW_UP_FIELDS = Map.of("reason", "Reason", "quantity", "Quantity",
            "value", "Value", "reversal", "Amend or reverse", "kind", "Amend or reverse");

    @Inject
    ConsolePages pages;

    @Inject
    SpoActions spos;

    @Inject
    AgreementActions agreements;

    @Inject
    PublishedEvidence evidence;

    /**
     * The SPO page, with the agreement's delivery, contributions (one page of them, {@code ?page=}) and
     * history from stage 2 on.
     */
    public void show(HttpServletRequest request, HttpServletResponse response, Acting acting, Spo spo, Errors errors, int status)
            throws IOException {
        SpoView view = view(spo, acting);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.page((errors.any() ? "Error: " : "") + spo.reference().value(), request, Optional.of(acting)));
        model.put("spo", view);
        model.put("errors", errors);
        model.put("history", spos.history(acting.actor(), spo.reference()));
        boolean delivery = spo.stage().stage() >= 3;
        model.put("delivery", delivery ? Delivery.of(agreements.progress(acting.actor(), spo.reference())) : new Delivery(List.of()));
        List<Row> rows = delivery ? rows(agreements.contributions(acting.actor(), spo.reference())) : List.of();
        ContributionPage shown = ContributionPage.of(rows, request.getParameter("page"));
        model.put("contributions", shown.rows());
        model.put("contributionPage", shown);
        model.put("evidence", evidence.aboutProviders(spo.providers()));
        pages.render(response, status, "spo.jte", model);
    }

    /**
     * One page of an agreement's contributions, newest first, {@value #PER_PAGE} to a page, so that an
     * agreement of hundreds of contributions stays a page of a few kilobytes.
     */
    public record ContributionPage(List<Row> rows, int number, int count, int total) {

        static final int PER_PAGE = 10;

        /** The page asked for (1 if none or not a page number; the last if beyond it). */
        static ContributionPage of(List<Row> oldestFirst, String asked) {
            List<Row> newestFirst = new ArrayList<>(oldestFirst);
            Collections.reverse(newestFirst);
            int count = Math.max(1, (newestFirst.size() + PER_PAGE - 1) / PER_PAGE);
            int number = 1;
            try {
                number = Math.min(count, Math.max(1, Integer.parseInt(asked == null ? "1" : asked.strip())));
            } catch (NumberFormatException e) {
                number = 1;
            }
            int from = (number - 1) * PER_PAGE;
            return new ContributionPage(List.copyOf(newestFirst.subList(from, Math.min(from + PER_PAGE, newestFirst.size()))),
                    number, count, newestFirst.size());
        }

        /** The position of the first row shown, counting from 1 (0 when there is none). */
        public int first() {
            return total == 0 ? 0 : (number - 1) * PER_PAGE + 1;
        }

        public int last() {
            return (number - 1) * PER_PAGE + rows.size();
        }
    }

    /** Handles a GET of a step's page; false when the path is none of them. */
    public boolean get(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoReference reference, String step)
            throws IOException {
        Spo spo = spos.get(acting.actor(), reference);
        SpoView view = view(spo, acting);
        Matcher contribution = CONTRIBUTION.matcher(step);
        if ("/submit".equals(step)) {
            return !allowed(response, view.canSubmit()) || submitForm(request, response, acting, view, "", Errors.NONE, 200);
        } else if ("/contract".equals(step)) {
            return !allowed(response, view.canAttachContract()) || contractForm(request, response, acting, view,
                    new AgreementForms.Contract("", "", "", "", String.valueOf(spo.version())), Errors.NONE, 200);
        } else if ("/review".equals(step)) {
            return !allowed(response, view.canReview()) || reviewForm(request, response, acting, view, "", "", Errors.NONE, 200);
        } else if ("/contributions/new".equals(step)) {
            return !allowed(response, view.canRecord()) || contributionForm(request, response, acting, view,
                    AgreementForms.Contribution.EMPTY, Errors.NONE, 200);
        } else if ("/document".equals(step)) {
            if (!allowed(response, DOCUMENT_ROLES.stream().anyMatch(acting.actor()::has))) {
                return true;
            }
            AgreementActions.Document document = agreements.document(acting.actor(), reference);
            response.setContentType(document.mediaType());
            response.setHeader("Content-Disposition", "inline; filename=\"" + reference.value() + ".pdf\"");
            response.setContentLength(document.content().length);
            response.getOutputStream().write(document.content());
            return true;
        } else if (contribution.matches() && contribution.group(2) == null) {
            long seq = Long.parseLong(contribution.group(1));
            return contributionPage(request, response, acting, view, seq, AgreementForms.FollowUp.EMPTY
                    .seeing(agreements.latestAbout(acting.actor(), reference, seq)), Errors.NONE, 200);
        }
        return false;
    }

    /** Handles a POST of a step; false when the path is none of them. */
    public boolean post(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoReference reference, String step)
            throws IOException {
        Spo spo = spos.get(acting.actor(), reference);
        SpoView view = view(spo, acting);
        Matcher contribution = CONTRIBUTION.matcher(step);
        try {
            switch (step) {
                case "/submit" -> submit(request, response, acting, view);
                case "/withdraw" -> done(response, agreements.withdraw(acting.actor(), reference).reference(), "");
                case "/sign" -> done(response, agreements.sign(acting.actor(), reference).reference(), "");
                case "/contract" -> contract(request, response, acting, view);
                case "/review" -> review(request, response, acting, view);
                case "/contributions/new" -> record(request, response, acting, view);
                default -> {
                    if (!contribution.matches() || contribution.group(2) == null) {
                        return false;
                    }
                    followUp(request, response, acting, view, Long.parseLong(contribution.group(1)), contribution.group(2));
                }
            }
        } catch (DomainException e) {
            if (!refusedAsPage(response, e)) {
                show(request, response, acting, spos.get(acting.actor(), reference), Errors.of(e), status(e));
            }
        }
        return true;
    }

    private void submit(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view) throws IOException {
        String tender = Optional.ofNullable(request.getParameter("tender")).orElse("").strip();
        try {
            Spo spo = agreements.submit(acting.actor(), view.spo().reference(),
                    tender.isEmpty() || "existing".equals(tender) ? Optional.empty() : Optional.of(TenderReference.fromField("tender", tender)));
            done(response, spo.reference(), "");
        } catch (DomainException e) {
            if (!refusedAsPage(response, e)) {
                submitForm(request, response, acting, view, tender,
                        new Errors(List.of(new FieldError("tender", e.getMessage())), Optional.empty()), status(e));
            }
        }
    }

    private void contract(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view) throws IOException {
        AgreementForms.Contract form = AgreementForms.Contract.from(request);
        List<FieldError> parsing = new ArrayList<>();
        var contract = form.request(parsing);
        if (!parsing.isEmpty()) {
            contractForm(request, response, acting, view, form, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            done(response, agreements.attachContract(acting.actor(), view.spo().reference(), Inputs.version(form.version()), contract)
                    .reference(), "");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.STALE) {
                contractForm(request, response, acting, view, form.withVersion(view.spo().version()), new Errors(List.of(),
                        Optional.of("Someone else changed this agreement while you were filling in the contract. Your "
                                + "details are below and have not been saved: check the agreement, then attach again.")), 409);
            } else if (!refusedAsPage(response, e)) {
                contractForm(request, response, acting, view, form, Errors.of(e, CONTRACT_FIELDS), status(e));
            }
        }
    }

    private void review(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view) throws IOException {
        String verdict = Inputs.text(request, "verdict");
        String notes = Inputs.text(request, "notes");
        ReviewVerdict chosen = Arrays.stream(ReviewVerdict.values()).filter(v -> v.name().equals(verdict)).findFirst().orElse(null);
        if (chosen == null) {
            reviewForm(request, response, acting, view, verdict, notes, new Errors(List.of(new FieldError("verdict",
                    "Choose whether the social value was delivered")), Optional.empty()), 400);
            return;
        }
        try {
            done(response, agreements.review(acting.actor(), view.spo().reference(), chosen, notes.isBlank() ? null : notes)
                    .reference(), "");
        } catch (DomainException e) {
            if (!refusedAsPage(response, e)) {
                reviewForm(request, response, acting, view, verdict, notes,
                        new Errors(List.of(new FieldError("verdict", e.getMessage())), Optional.empty()), status(e));
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view) throws IOException {
        AgreementForms.Contribution form = AgreementForms.Contribution.from(request);
        List<FieldError> parsing = new ArrayList<>();
        var contribution = form.request(lines(view), parsing);
        if (!parsing.isEmpty()) {
            contributionForm(request, response, acting, view, form, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            LedgerEntry entry = agreements.record(acting.actor(), view.spo().reference(), contribution);
            done(response, view.spo().reference(), "/contributions/" + entry.sequence());
        } catch (DomainException e) {
            if (!refusedAsPage(response, e)) {
                contributionForm(request, response, acting, view, form, Errors.of(e, CONTRIBUTION_FIELDS), status(e));
            }
        }
    }

    private void followUp(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view, long seq,
            String what) throws IOException {
        AgreementForms.FollowUp form = AgreementForms.FollowUp.from(request);
        SpoReference reference = view.spo().reference();
        try {
            switch (what) {
                case "/confirm" -> agreements.confirm(acting.actor(), reference, seq, form.seenSequence());
                case "/dispute" -> agreements.dispute(acting.actor(), reference, seq, form.seenSequence(), form.reason());
                case "/correct" -> {
                    List<FieldError> parsing = new ArrayList<>();
                    var correction = form.correction(parsing);
                    if (!parsing.isEmpty()) {
                        contributionPage(request, response, acting, view, seq, form, new Errors(parsing, Optional.empty()), 400);
                        return;
                    }
                    agreements.correct(acting.actor(), reference, seq, form.seenSequence(), correction);
                }
                default -> {
                    response.sendError(404);
                    return;
                }
            }
            done(response, reference, "/contributions/" + seq);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.STALE) {
                contributionPage(request, response, acting, view, seq, form.seeing(agreements.latestAbout(acting.actor(), reference, seq)),
                        new Errors(List.of(), Optional.of("Someone else changed this contribution while you were reading it. "
                                + "What you typed is below and has not been saved: check the contribution as it is now, then send it again.")),
                        409);
            } else if (!refusedAsPage(response, e)) {
                contributionPage(request, response, acting, view, seq, form, Errors.of(e, FOLLOW_UP_FIELDS), status(e));
            }
        }
    }

    private boolean submitForm(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view,
            String tender, Errors errors, int status) throws IOException {
        pages.render(response, status, "submit.jte", Map.of("page", page("Submit " + view.reference(), errors, request, acting),
                "spo", view, "tenders", agreements.openTenders().stream()
                        .map(t -> new String[] {t.reference().value(), t.title() + ", " + agreements.name(t.buyer()) + ", closes "
                                + t.closingDate()}).toList(),
                "tender", tender, "errors", errors));
        return true;
    }

    private boolean contractForm(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view,
            AgreementForms.Contract form, Errors errors, int status) throws IOException {
        pages.render(response, status, "contract.jte", Map.of("page", page("Attach the contract to " + view.reference(), errors,
                request, acting), "spo", view, "form", form, "errors", errors));
        return true;
    }

    private boolean reviewForm(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view,
            String verdict, String notes, Errors errors, int status) throws IOException {
        pages.render(response, status, "review.jte", Map.of("page", page("Review " + view.reference(), errors, request, acting),
                "spo", view, "verdict", verdict, "notes", notes, "errors", errors));
        return true;
    }

    private boolean contributionForm(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view,
            AgreementForms.Contribution form, Errors errors, int status) throws IOException {
        pages.render(response, status, "contribution-form.jte", Map.of("page", page("Record a contribution", errors, request, acting),
                "spo", view, "form", form, "errors", errors));
        return true;
    }

    private boolean contributionPage(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoView view,
            long seq, AgreementForms.FollowUp form, Errors errors, int status) throws IOException {
        SpoReference reference = view.spo().reference();
        Optional<Row> row = rows(agreements.contributions(acting.actor(), reference)).stream().filter(r -> r.sequence() == seq)
                .findFirst();
        if (row.isEmpty()) {
            response.sendError(404);
            return true;
        }
        pages.render(response, status, "contribution.jte", Map.of("page", page("Contribution " + seq + " of " + view.reference(),
                errors, request, acting), "spo", view, "row", row.get(), "proof", agreements.proof(acting.actor(), seq),
                "form", form, "errors", errors));
        return true;
    }

    private SpoView view(Spo spo, Acting acting) {
        Map<OrganisationId, String> names = new HashMap<>();
        spo.allParties().forEach(o -> names.put(o, agreements.name(o)));
        spo.endorsements().forEach(o -> names.computeIfAbsent(o, agreements::name));
        spo.buyer().ifPresent(o -> names.computeIfAbsent(o, agreements::name));
        return new SpoView(spo, acting.actor(), names);
    }

    /** A contribution as the agreement page lists it. */
    public record Row(long sequence, int line, String type, String delivered, String quantity, String value, String state,
            boolean open) {
    }

    private static List<Row> rows(List<ContributionState<ContributionRecorded>> states) {
        return states.stream().map(s -> new Row(s.contribution(), s.recorded().commitmentLine() == null ? 0 : s.recorded().commitmentLine(),
                Formats.words(s.recorded().contributionType()), s.recorded().deliveryDate().toString(),
                Formats.quantity(s.quantity()), Formats.money(s.value()),
                state(s), !s.reversed())).toList();
    }

    private static String state(ContributionState<?> s) {
        String state = s.reversed() ? "Reversed" : switch (s.verdict()) {
            case CONFIRMED -> "Confirmed";
            case DISPUTED -> "Disputed";
            case NONE -> "Recorded";
        };
        return s.amended() && !s.reversed() ? state + " (amended)" : state;
    }

    private static List<Commitment> lines(SpoView view) {
        return view.hasContent() ? view.content().commitments() : List.of();
    }

    private Page page(String title, Errors errors, HttpServletRequest request, Acting acting) {
        return pages.page((errors.any() ? "Error: " : "") + title, request, Optional.of(acting));
    }

    /** Whether the page is open to the actor; if not, the 403 page was sent. */
    private static boolean allowed(HttpServletResponse response, boolean allowed) throws IOException {
        if (!allowed) {
            response.sendError(403);
        }
        return allowed;
    }

    private static void done(HttpServletResponse response, SpoReference reference, String rest) throws IOException {
        response.sendRedirect("/spos/" + reference.value() + rest);
    }

    /** A refusal that is a page of its own: not found (404) or not permitted (403). */
    private static boolean refusedAsPage(HttpServletResponse response, DomainException e) throws IOException {
        if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.NOT_PERMITTED) {
            response.sendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403);
            return true;
        }
        return false;
    }

    private static int status(DomainException e) {
        return switch (e.kind()) {
            case CONFLICT, STALE -> 409;
            case RULE_VIOLATED -> 422;
            default -> 400;
        };
    }
}
