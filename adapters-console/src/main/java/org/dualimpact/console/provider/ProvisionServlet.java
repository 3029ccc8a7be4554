package org.dualimpact.console.provider;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.Errors;
import org.dualimpact.console.Inputs;
import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.evidence.PublishedEvidence;
import org.dualimpact.console.spotlight.SpotlightQueries;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.Territory;

/**
 * Provision pages. {@code /provisions/{id}} shows one provision to whom the kernel shows it (Spotlight
 * links here). The provider's own: {@code /provisions}, its provisions with their audit;
 * {@code /provisions/new}, the form that publishes one (pending audit by a buyer of its territories);
 * {@code /provisions/{id}/edit}, the same form filled in, with the version read, so a concurrent change
 * is a conflict that keeps the input; saving sends the provision back for audit. A form shows itself
 * again with one more need on "Add another need", without JavaScript. The provider's pages are the 403
 * page unless the organisation acted for is the provider and the user has the provider role; a refusal
 * of the kernel is the form again with the GOV.UK error summary and the input kept.
 */
@WebServlet(urlPatterns = {"/provisions", "/provisions/*"})
public class ProvisionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NEW = "/new";
    private static final String EDIT = "/edit";
    /** The form's secondary button: show the form again with one more need, saving nothing. */
    private static final String ADD_NEED = "add-need";
    private static final Pattern PROVISION_PATH = Pattern.compile("/([^/]+)(?:/edit)?");

    @Inject
    transient ConsolePages pages;

    @Inject
    transient ProviderActions providers;

    @Inject
    transient SpotlightQueries spotlight;

    @Inject
    transient PublishedEvidence evidence;

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
                pages.render(response, 200, "provisions.jte", Map.of("page", pages.page("Your provisions", request, acting),
                        "provisions", providers.own(actor)));
            } else if (NEW.equals(path)) {
                List<Territory> served = providers.served(actor);
                showForm(request, response, acting.get(), ProvisionForm.empty(served.stream().map(Territory::code).toList()),
                        Optional.empty(), served, Errors.NONE, 200);
            } else if (path.endsWith(EDIT)) {
                Provision provision = providers.own(actor, id(path));
                showForm(request, response, acting.get(), ProvisionForm.of(provision), Optional.of(provision),
                        providers.served(actor), Errors.NONE, 200);
            } else {
                show(request, response, acting.get(), spotlight.provision(actor, id(path)));
            }
        } catch (DomainException e) {
            response.sendError(e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!NEW.equals(path) && !path.endsWith(EDIT)) {
            response.sendError(405);
            return;
        }
        Actor actor = acting.get().actor();
        List<Territory> served;
        Optional<Provision> editing = Optional.empty();
        try {
            served = providers.served(actor);
            if (!NEW.equals(path)) {
                editing = Optional.of(providers.own(actor, id(path)));
            }
        } catch (DomainException e) {
            response.sendError(e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 404);
            return;
        }
        ProvisionForm form = ProvisionForm.from(request);
        if (request.getParameter(ADD_NEED) != null) {
            showForm(request, response, acting.get(), form.withAnotherNeed(), editing, served, Errors.NONE, 200);
            return;
        }
        List<FieldError> parsing = new ArrayList<>();
        var content = form.request(parsing);
        if (!parsing.isEmpty()) {
            showForm(request, response, acting.get(), form, editing, served, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            Provision saved = editing.isPresent()
                    ? providers.edit(actor, editing.get().id(), Inputs.version(form.version()), content)
                    : providers.publish(actor, content);
            response.sendRedirect("/provisions/" + saved.id().value());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_PERMITTED) {
                response.sendError(403);
            } else if (e.kind() == DomainException.Kind.STALE && editing.isPresent()) {
                showForm(request, response, acting.get(), form.withVersion(editing.get().version()), editing, served,
                        new Errors(List.of(), Optional.of("Someone else changed this provision while you were editing it. "
                                + "Your changes are below and have not been saved: check them against the provision as it "
                                + "is now, then save again.")), 409);
            } else {
                Errors errors = e.fieldErrors().isEmpty() ? Errors.of(e)
                        : new Errors(e.fieldErrors().stream().map(form::onForm).toList(), Optional.empty());
                showForm(request, response, acting.get(), form, editing, served, errors, 400);
            }
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Acting acting, Provision provision)
            throws IOException {
        Actor actor = acting.actor();
        pages.render(response, 200, "provision.jte", Map.of(
                "page", pages.page(provision.title(), request, Optional.of(acting)), "provision", provision,
                "provider", spotlight.organisationName(provision), "audit", spotlight.audit(provision),
                "territoryNames", spotlight.territoryNames(),
                "canDraft", provision.isAudited() && actor.has(Role.SUPPLIER),
                "canEdit", actor.has(Role.PROVIDER) && actor.actsFor(provision.provider().value()),
                "evidence", evidence.aboutProvider(provision.provider())));
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, Acting acting, ProvisionForm form,
            Optional<Provision> editing, List<Territory> served, Errors errors, int status) throws IOException {
        String heading = editing.map(p -> "Edit “" + p.title() + "”").orElse("Publish a provision");
        pages.render(response, status, "provision-form.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + heading, request, Optional.of(acting)),
                "heading", heading, "editing", editing.isPresent(),
                "action", editing.map(p -> "/provisions/" + p.id().value() + EDIT).orElse("/provisions" + NEW),
                "form", form, "served", served, "errors", errors));
    }

    /** The id in {@code /{id}} or {@code /{id}/edit}; any other path is not found. */
    private static ProvisionId id(String path) {
        Matcher matcher = PROVISION_PATH.matcher(path);
        if (!matcher.matches()) {
            throw DomainException.notFound("provision-not-found", "No provision is named.");
        }
        return ProvisionId.fromRequest(matcher.group(1));
    }
}
