package org.dualimpact.console.spo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
import org.dualimpact.console.preview.ScorePreviewPage;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoDrafting;
import org.dualimpact.kernel.spo.SpoReference;

/**
 * SPO pages: {@code /spos/new?provision=…} drafts an SPO for a provision (supplier),
 * {@code /spos/{reference}} shows one (with the agreement's delivery from stage 3 on, {@link AgreementPages},
 * which also serves the agreement's steps under it), {@code /spos/{reference}/edit} edits it (supplier, with the
 * version read, so a concurrent change is a conflict that keeps the input), and
 * {@code POST /spos/{reference}/endorse} endorses it (provider). Every refusal is the kernel's.
 */
@WebServlet("/spos/*")
public class SpoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NEW = "/new";
    private static final String EDIT = "/edit";
    private static final String ENDORSE = "/endorse";

    @Inject
    transient ConsolePages pages;

    @Inject
    transient SpoActions spos;

    @Inject
    transient AgreementPages agreementPages;

    @Inject
    transient ScorePreviewPage scorePreview;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (NEW.equals(path)) {
                Provision provision = spos.provision(acting.get().actor(), ProvisionId.fromRequest(request.getParameter("provision")));
                SpoForm form = SpoForm.forProvision(provision.provider().value(), provision.id().value(),
                        provision.territories().stream().sorted().findFirst().orElse(""));
                showForm(request, response, acting.get(), form, Optional.empty(), Errors.NONE, 200);
            } else if (EDIT.equals(step(path))) {
                Spo spo = spos.get(acting.get().actor(), reference(path));
                showForm(request, response, acting.get(), SpoForm.of(spo.content().orElseThrow(), spo.version()),
                        Optional.of(spo), Errors.NONE, 200);
            } else if (step(path).isEmpty()) {
                agreementPages.show(request, response, acting.get(), spos.get(acting.get().actor(), reference(path)), Errors.NONE, 200);
            } else if (ScorePreviewPage.STEP.equals(step(path))) {
                scorePreview.show(request, response, acting.get(), reference(path));
            } else if (!agreementPages.get(request, response, acting.get(), reference(path), step(path))) {
                response.sendError(404);
            }
        } catch (DomainException | NoSuchElementException e) {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!NEW.equals(path) && !EDIT.equals(step(path)) && !ENDORSE.equals(step(path))) {
            try {
                if (!agreementPages.post(request, response, acting.get(), reference(path), step(path))) {
                    response.sendError(404);
                }
            } catch (DomainException e) {
                response.sendError(404);
            }
            return;
        }
        if (ENDORSE.equals(step(path))) {
            try {
                Spo spo = spos.endorse(acting.get().actor(), reference(path));
                response.sendRedirect("/spos/" + spo.reference().value());
            } catch (DomainException e) {
                response.sendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403);
            }
            return;
        }
        SpoForm form = SpoForm.from(request);
        Optional<Spo> editing = Optional.empty();
        try {
            if (EDIT.equals(step(path))) {
                editing = Optional.of(spos.get(acting.get().actor(), reference(path)));
            }
        } catch (DomainException e) {
            response.sendError(404);
            return;
        }
        List<FieldError> parsing = new ArrayList<>();
        SpoDrafting.ContentRequest content = form.request(parsing);
        if (!parsing.isEmpty()) {
            showForm(request, response, acting.get(), form, editing, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            Spo saved = editing.isPresent()
                    ? spos.edit(acting.get().actor(), editing.get().reference(), Inputs.version(form.version()), content)
                    : spos.draft(acting.get().actor(), content);
            response.sendRedirect("/spos/" + saved.reference().value());
        } catch (DomainException e) {
            refused(request, response, acting.get(), form, editing, e);
        }
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoForm form,
            Optional<Spo> editing, DomainException e) throws IOException {
        if (e.kind() == DomainException.Kind.STALE && editing.isPresent()) {
            showForm(request, response, acting, form.withVersion(editing.get().version()), editing, new Errors(List.of(),
                    Optional.of("Someone else changed this SPO while you were editing it. Your changes are below and have "
                            + "not been saved: check them against the SPO as it is now, then save again.")), 409);
            return;
        }
        Errors errors = e.fieldErrors().isEmpty() ? Errors.of(e)
                : new Errors(e.fieldErrors().stream().map(form::onForm).toList(), Optional.empty());
        showForm(request, response, acting, form, editing, errors, e.kind() == DomainException.Kind.CONFLICT ? 409 : 400);
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, Acting acting, SpoForm form,
            Optional<Spo> editing, Errors errors, int status) throws IOException {
        String title = editing.map(s -> "Edit " + s.reference().value()).orElse("Draft an SPO");
        pages.render(response, status, "spo-form.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + title, request, Optional.of(acting)),
                "heading", title, "form", form, "errors", errors,
                "action", editing.map(s -> "/spos/" + s.reference().value() + EDIT).orElse("/spos" + NEW)));
    }

    /** The reference in {@code /{reference}/step…}. */
    private static SpoReference reference(String path) {
        String rest = path.length() > 1 ? path.substring(1) : "";
        int slash = rest.indexOf('/');
        String text = slash < 0 ? rest : rest.substring(0, slash);
        if (text.isEmpty()) {
            throw DomainException.notFound("spo-not-found", "No SPO is named.");
        }
        return SpoReference.fromRequest(text);
    }

    /** What follows the reference: empty for the SPO's own page, {@code /edit}, {@code /contributions/4}, … */
    private static String step(String path) {
        int slash = path.length() > 1 ? path.indexOf('/', 1) : -1;
        return slash < 0 ? "" : path.substring(slash);
    }
}
