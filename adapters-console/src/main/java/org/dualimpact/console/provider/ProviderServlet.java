package org.dualimpact.console.provider;

import java.io.IOException;
import java.util.ArrayList;
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
import org.dualimpact.console.acting.Acting;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.territory.Territory;

/**
 * The provider's pages: {@code /provisions}, its own provisions with their audit, and
 * {@code /provisions/new}, the form that publishes one (pending audit by a buyer of its territories), or
 * shows itself again with one more need ("Add another need", without JavaScript). Both are the 403 page
 * unless the organisation acted for is a provider and the user has the provider role; a refusal of the
 * kernel is the form again with the GOV.UK error summary and the input kept. A provision's own page is Spotlight's ({@code /provisions/{id}}).
 */
@WebServlet(urlPatterns = {"/provisions", "/provisions/new"})
public class ProviderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NEW = "/provisions/new";
    /** The form's secondary button: show the form again with one more need, publishing nothing. */
    private static final String ADD_NEED = "add-need";

    @Inject
    transient ConsolePages pages;

    @Inject
    transient ProviderActions providers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        try {
            if (NEW.equals(request.getServletPath())) {
                List<Territory> served = providers.served(acting.get().actor());
                showForm(request, response, acting.get(), ProvisionForm.empty(served.stream().map(Territory::code).toList()),
                        served, Errors.NONE, 200);
            } else {
                pages.render(response, 200, "provisions.jte", Map.of("page", pages.page("Your provisions", request, acting),
                        "provisions", providers.own(acting.get().actor())));
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
        if (!NEW.equals(request.getServletPath())) {
            response.sendError(405);
            return;
        }
        List<Territory> served;
        try {
            served = providers.served(acting.get().actor());
        } catch (DomainException e) {
            response.sendError(403);
            return;
        }
        ProvisionForm form = ProvisionForm.from(request);
        if (request.getParameter(ADD_NEED) != null) {
            showForm(request, response, acting.get(), form.withAnotherNeed(), served, Errors.NONE, 200);
            return;
        }
        List<FieldError> parsing = new ArrayList<>();
        var publishing = form.request(parsing);
        if (!parsing.isEmpty()) {
            showForm(request, response, acting.get(), form, served, new Errors(parsing, Optional.empty()), 400);
            return;
        }
        try {
            Provision provision = providers.publish(acting.get().actor(), publishing);
            response.sendRedirect("/provisions/" + provision.id().value());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_PERMITTED) {
                response.sendError(403);
                return;
            }
            Errors errors = e.fieldErrors().isEmpty() ? Errors.of(e)
                    : new Errors(e.fieldErrors().stream().map(form::onForm).toList(), Optional.empty());
            showForm(request, response, acting.get(), form, served, errors, 400);
        }
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, Acting acting, ProvisionForm form,
            List<Territory> served, Errors errors, int status) throws IOException {
        pages.render(response, status, "provision-form.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + "Publish a provision", request, Optional.of(acting)),
                "form", form, "served", served, "errors", errors));
    }
}
