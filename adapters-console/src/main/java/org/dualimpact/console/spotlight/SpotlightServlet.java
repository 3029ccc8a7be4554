package org.dualimpact.console.spotlight;

import java.io.IOException;
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
import org.dualimpact.kernel.provision.Page;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Territory;

/**
 * {@code /spotlight}: audited provisions filtered by territory, need and outcome (and words), a GET form
 * that works without JavaScript and keeps what was typed. A result links to its provision's page
 * ({@code ProvisionServlet}).
 */
@WebServlet("/spotlight")
public class SpotlightServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsolePages pages;

    @Inject
    transient SpotlightQueries spotlight;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        search(request, response, acting.get());
    }

    private void search(HttpServletRequest request, HttpServletResponse response, Acting acting) throws IOException {
        // read once, for the filter and for naming the results' territories, and before the search, which then
        // finds the chosen territory in the page's persistence context instead of reading it again
        List<Territory> territories = spotlight.territories();
        SpotlightQueries.Filters filters = new SpotlightQueries.Filters(param(request, "territory"), param(request, "need"),
                param(request, "outcome"), param(request, "q"), page(request));
        Optional<Page<Provision>> results = Optional.empty();
        Errors errors = Errors.NONE;
        int status = 200;
        try {
            results = Optional.of(spotlight.search(acting.actor(), filters));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID_INPUT) {
                response.sendError(e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 404);
                return;
            }
            errors = Errors.of(e);
            status = 400;
        }
        pages.render(response, status, "spotlight.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + "Spotlight", request, Optional.of(acting)),
                "filters", filters, "results", results, "errors", errors, "territories", territories,
                "territoryNames", SpotlightQueries.names(territories)));
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static int page(HttpServletRequest request) {
        try {
            return Math.max(0, Integer.parseInt(param(request, "page")) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
