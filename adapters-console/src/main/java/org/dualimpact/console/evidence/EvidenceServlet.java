package org.dualimpact.console.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.Errors;
import org.dualimpact.console.Inputs;
import org.dualimpact.console.acting.Acting;
import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDocument;
import org.dualimpact.kernel.evidence.EvidenceDrafting;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceStage;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.territory.Territory;

/**
 * A research hub's evidence pages. {@code /evidence}: the hub's evidence with its stage;
 * {@code /evidence/new}: the form that drafts a piece; {@code /evidence/{id}}: one piece with its
 * documents (download links), the upload form while a draft ({@code POST /evidence/{id}/documents},
 * {@code multipart/form-data}, at most 10 MiB) and the review steps its stage allows, each a form
 * carrying the version read ({@code POST /evidence/{id}/submit}, {@code approve}, {@code return} with a
 * reason, {@code publish}, {@code withdraw}); {@code /evidence/{id}/edit}: the form filled in, with the
 * version read; {@code /evidence/{id}/documents/{sha256}}: a document.
 *
 * <p>Rules: the hub's pages are the 403 page unless the organisation acted for is a hub and the user has
 * the hub role; evidence the actor may not see (not published and not its hub's) is the 404 page. A
 * refusal of the kernel is the form or the page again with the GOV.UK error summary and the input kept;
 * a change over a colleague's newer one is a conflict (409) that keeps the input. After a POST the
 * browser is sent to the evidence's page.
 */
@WebServlet(urlPatterns = {"/evidence", "/evidence/*"})
@MultipartConfig(maxFileSize = EvidenceDocument.MAX_SIZE, maxRequestSize = EvidenceDocument.MAX_SIZE + 64 * 1024,
        fileSizeThreshold = 1024 * 1024)
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NEW = "/new";
    private static final Pattern PATH = Pattern.compile("/([^/]+)(/edit|/documents|/documents/([^/]+)|/([a-z]+))?");
    /** The name of the upload form's file input. */
    static final String FILE = "document";
    private static final Map<String, String> PAGE_FIELDS = Map.of(FILE, "Document", "reason", "Reason");
    private static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "csv", "text/csv",
            "txt", "text/plain", "json", "application/json", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    @Inject
    transient ConsolePages pages;

    @Inject
    transient EvidenceActions evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Actor actor = acting.get().actor();
        try {
            if (path.isEmpty() || "/".equals(path)) {
                pages.render(response, 200, "evidence-list.jte", Map.of(
                        "page", pages.page("Evidence", request, acting), "evidence", evidence.mine(actor),
                        "hub", evidence.hub(actor).name()));
                return;
            }
            if (NEW.equals(path)) {
                List<Territory> served = evidence.served(actor);
                showForm(request, response, acting.get(), EvidenceForm.empty(served.stream().map(Territory::code).toList()),
                        Optional.empty(), Errors.NONE, 200);
                return;
            }
            Matcher matcher = matcher(path);
            EvidenceId id = EvidenceId.fromRequest(matcher.group(1));
            String step = matcher.group(2) == null ? "" : matcher.group(2);
            if (step.isEmpty()) {
                show(request, response, acting.get(), evidence.find(actor, id), Errors.NONE, "", 200);
            } else if ("/edit".equals(step)) {
                Evidence e = own(actor, id);
                showForm(request, response, acting.get(), EvidenceForm.of(e), Optional.of(e), Errors.NONE, 200);
            } else if (matcher.group(3) != null) {
                Downloads.send(response, evidence.document(actor, id, matcher.group(3)));
            } else {
                response.sendError(404);
            }
        } catch (DomainException e) {
            response.sendError(e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Actor actor = acting.get().actor();
        try {
            if (NEW.equals(path)) {
                evidence.hub(actor);
                save(request, response, acting.get(), Optional.empty());
                return;
            }
            Matcher matcher = matcher(path);
            EvidenceId id = EvidenceId.fromRequest(matcher.group(1));
            String step = matcher.group(2) == null ? "" : matcher.group(2);
            if ("/edit".equals(step)) {
                save(request, response, acting.get(), Optional.of(own(actor, id)));
            } else if ("/documents".equals(step)) {
                upload(request, response, acting.get(), own(actor, id));
            } else if (matcher.group(4) != null && EvidenceActions.Step.of(matcher.group(4)).isPresent()) {
                step(request, response, acting.get(), own(actor, id), EvidenceActions.Step.of(matcher.group(4)).get());
            } else {
                response.sendError(404);
            }
        } catch (DomainException e) {
            response.sendError(e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 404);
        }
    }

    /** Drafts or edits, from the form; refusals show the form again with the input. */
    private void save(HttpServletRequest request, HttpServletResponse response, Acting acting, Optional<Evidence> editing)
            throws IOException {
        EvidenceForm form = EvidenceForm.from(request);
        List<FieldError> parsing = new ArrayList<>();
        EvidenceDrafting.EvidenceRequest content = form.request(parsing);
        if (!parsing.isEmpty()) {
            showForm(request, response, acting, form, editing, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            Evidence saved = editing.isPresent()
                    ? evidence.edit(acting.actor(), editing.get().id(), Inputs.version(form.version()), content)
                    : evidence.draft(acting.actor(), content);
            response.sendRedirect("/evidence/" + saved.id().value());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_PERMITTED) {
                response.sendError(403);
            } else if (e.kind() == DomainException.Kind.STALE && editing.isPresent()) {
                showForm(request, response, acting, form.withVersion(editing.get().version()), editing,
                        new Errors(List.of(), Optional.of("Someone else changed this evidence while you were editing it. "
                                + "Your changes are below and have not been saved: check them against the evidence as it "
                                + "is now, then save again.")), 409);
            } else if (e.kind() == DomainException.Kind.CONFLICT && editing.isPresent()) {
                showForm(request, response, acting, form, editing, Errors.of(e), 409);
            } else {
                showForm(request, response, acting, form, editing, Errors.of(e, EvidenceForm.LABELS), 400);
            }
        }
    }

    /** Attaches the uploaded file; a refusal shows the evidence's page with the error on the file input. */
    private void upload(HttpServletRequest request, HttpServletResponse response, Acting acting, Evidence e)
            throws IOException, ServletException {
        Part part;
        try {
            part = request.getPart(FILE);
        } catch (IllegalStateException tooLarge) {
            show(request, response, acting, e, new Errors(List.of(new FieldError(FILE, "The file must be 10 MB or smaller")),
                    Optional.empty()), "", 413);
            return;
        } catch (ServletException notMultipart) {
            part = null;
        }
        if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
            show(request, response, acting, e, new Errors(List.of(new FieldError(FILE, "Choose a file to upload")),
                    Optional.empty()), "", 400);
            return;
        }
        String name = fileName(part.getSubmittedFileName());
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readAllBytes();
        } finally {
            part.delete();
        }
        try {
            evidence.attach(acting.actor(), e.id(), name, mediaType(name, part.getContentType()), content);
            response.sendRedirect("/evidence/" + e.id().value() + "#documents");
        } catch (DomainException refused) {
            refused(request, response, acting, e.id(), refused, "");
        }
    }

    /** A review step on the version the page was read at. */
    private void step(HttpServletRequest request, HttpServletResponse response, Acting acting, Evidence e,
            EvidenceActions.Step step) throws IOException {
        String reason = Inputs.text(request, "reason");
        try {
            evidence.step(acting.actor(), e.id(), step, Inputs.version(Inputs.text(request, "version")), reason);
            response.sendRedirect("/evidence/" + e.id().value());
        } catch (DomainException refused) {
            refused(request, response, acting, e.id(), refused, reason);
        }
    }

    /** The evidence's page as it is now, with the refusal: 400 (input, a rule), 403 (four eyes), 409 (stage or version), the reason kept. */
    private void refused(HttpServletRequest request, HttpServletResponse response, Acting acting, EvidenceId id,
            DomainException refused, String reason) throws IOException {
        Evidence now = evidence.find(acting.actor(), id);
        Errors errors = refused.kind() == DomainException.Kind.STALE
                ? new Errors(List.of(), Optional.of("Someone else changed this evidence since you opened it. Nothing was "
                        + "changed: it is shown below as it is now. Check it, then choose again."))
                : refused.kind() == DomainException.Kind.INVALID_INPUT ? Errors.of(refused, PAGE_FIELDS) : Errors.of(refused);
        int status = switch (refused.kind()) {
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case STALE, CONFLICT -> 409;
            default -> 400;
        };
        show(request, response, acting, now, errors, reason, status);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Acting acting, Evidence e, Errors errors,
            String reason, int status) throws IOException {
        Actor actor = acting.actor();
        boolean member = EvidenceActions.member(actor, e);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.page((errors.any() ? "Error: " : "") + e.content().title(), request, Optional.of(acting)));
        model.put("evidence", e);
        model.put("view", EvidenceView.of(e, member, actor.userId(), evidence.name(e.hub()),
                e.content().providers().stream().sorted().map(p -> evidence.name(p) + " (" + p.value() + ")").toList(),
                evidence.territoryNames()));
        model.put("errors", errors);
        model.put("reason", reason);
        pages.render(response, status, "evidence-show.jte", model);
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, Acting acting, EvidenceForm form,
            Optional<Evidence> editing, Errors errors, int status) throws IOException {
        String heading = editing.map(e -> "Edit “" + e.content().title() + "”").orElse("Draft evidence");
        List<Territory> served = evidence.served(acting.actor());
        List<Organisation> providers = evidence.providers(acting.actor());
        pages.render(response, status, "evidence-form.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + heading, request, Optional.of(acting)),
                "heading", heading, "editing", editing.isPresent(),
                "action", editing.map(e -> "/evidence/" + e.id().value() + "/edit").orElse("/evidence" + NEW),
                "form", form, "served", served, "providers", providers, "errors", errors));
    }

    /** The acting hub's own evidence; refused to anyone else (not found, or 403 to a non-hub). */
    private Evidence own(Actor actor, EvidenceId id) {
        evidence.hub(actor);
        Evidence e = evidence.find(actor, id);
        if (!EvidenceActions.member(actor, e)) {
            throw EvidenceId.notFound(id);
        }
        return e;
    }

    private static Matcher matcher(String path) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            throw EvidenceId.notFound(path);
        }
        return matcher;
    }

    /** The file name the browser sent, without any folder (some browsers send the whole path). */
    static String fileName(String submitted) {
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "document" : name;
    }

    /**
     * The media type: the browser's, when it is one the kernel accepts; otherwise the one the file name's
     * extension stands for (browsers send {@code application/octet-stream} or {@code application/vnd.ms-excel}
     * for some); otherwise the browser's, which the kernel refuses, naming the kinds it accepts.
     */
    static String mediaType(String name, String sent) {
        String type = sent == null ? "" : sent.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (EvidenceDocument.MEDIA_TYPES.contains(type)) {
            return type;
        }
        int dot = name.lastIndexOf('.');
        String byName = dot < 0 ? null : MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return byName != null ? byName : type.isEmpty() ? "application/octet-stream" : type;
    }

    /** The stage of a piece of evidence as a GOV.UK tag: its words and its colour's class. */
    public static String[] tag(Evidence e) {
        if (e.stage() == EvidenceStage.DRAFT && e.returnReason().isPresent()) {
            return new String[] {"Returned", "govuk-tag--orange"};
        }
        return switch (e.stage()) {
            case DRAFT -> new String[] {"Draft", "govuk-tag--grey"};
            case IN_REVIEW -> new String[] {"In review", "govuk-tag--blue"};
            case APPROVED -> new String[] {"Approved", "govuk-tag--turquoise"};
            case PUBLISHED -> new String[] {"Published", "govuk-tag--green"};
            case WITHDRAWN -> new String[] {"Withdrawn", "govuk-tag--red"};
        };
    }
}
