package org.dualimpact.console.kpi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.dualimpact.documents.KpiCsv;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;

/**
 * The KPI figures within the caller's scope (the kernel's {@code KpiAccess}, as for the API's {@code /kpis}):
 * {@code /kpis} groups them by a dimension with charts drawn on the server beside tables of the same figures,
 * per SDG target, with their SROI; {@code /kpis/csv} downloads the filtered rows as the API's CSV;
 * {@code /kpis/sources} shows where one group's figures come from. All are GET forms keeping their input.
 *
 * <p>Rules: a role that reads no KPIs is refused (403 page); a field that does not parse or is not in its
 * list, and a last month before the first (the kernel's {@code invalid-range}), are the page again with
 * status 400, the error summary and the input kept; figures the caller may not see (the kernel's
 * {@code kpis-out-of-scope}) are the page again with status 403 and the kernel's reason in the summary.
 */
@WebServlet(urlPatterns = {"/kpis", "/kpis/*"})
public class KpiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The roles {@code KpiService} accepts. */
    static final List<Role> READERS = List.of(Role.ADMIN, Role.HUB, Role.BUYER, Role.SUPPLIER, Role.PROVIDER);

    @Inject
    transient ConsolePages pages;

    @Inject
    transient KpiQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Acting> acting = pages.acting(request, response);
        if (acting.isEmpty()) {
            return;
        }
        Actor actor = acting.get().actor();
        if (READERS.stream().noneMatch(actor::has)) {
            response.sendError(403);
            return;
        }
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            figures(request, response, acting.get(), false);
        } else if ("/csv".equals(path)) {
            figures(request, response, acting.get(), true);
        } else if ("/sources".equals(path)) {
            sources(request, response, acting.get());
        } else {
            response.sendError(404);
        }
    }

    /** The rows of a form, or why not: errors for the page and its status, or a refusal sent. */
    private record Read(KpiForm form, KpiForm.Parsed parsed, List<KpiFigures> rows, Errors errors, int status) {
    }

    private Optional<Read> read(HttpServletRequest request, HttpServletResponse response, Acting acting, KpiQueries.Names names)
            throws IOException {
        KpiForm form = KpiForm.of(request);
        KpiForm.Parsed parsed = form.parse(names.known());
        if (!parsed.errors().isEmpty()) {
            return Optional.of(new Read(form, parsed, List.of(), new Errors(parsed.errors(), Optional.empty()), 400));
        }
        try {
            return Optional.of(new Read(form, parsed, queries.rows(acting.actor(), parsed.filter()), Errors.NONE, 200));
        } catch (DomainException e) {
            return refused(e, response).map(errors -> new Read(form, parsed, List.of(), errors,
                    e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 400));
        }
    }

    /** The errors a refusal shows on the page, or empty when a 403 or 404 page was sent instead. */
    private static Optional<Errors> refused(DomainException e, HttpServletResponse response) throws IOException {
        if ("invalid-range".equals(e.code())) {
            return Optional.of(new Errors(List.of(new FieldError(KpiForm.TO, KpiForm.REVERSED)), Optional.empty()));
        }
        if (e.kind() == DomainException.Kind.INVALID_INPUT || "kpis-out-of-scope".equals(e.code())) {
            return Optional.of(Errors.of(e));
        }
        response.sendError(e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 404);
        return Optional.empty();
    }

    private void figures(HttpServletRequest request, HttpServletResponse response, Acting acting, boolean csv) throws IOException {
        KpiQueries.Names names = queries.names();
        Optional<Read> read = read(request, response, acting, names);
        if (read.isEmpty()) {
            return;
        }
        Read r = read.get();
        if (csv && !r.errors().any()) {
            response.setStatus(200);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"kpis.csv\"");
            response.getOutputStream().write(KpiCsv.of(r.rows()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<KpiPage> view = Optional.empty();
        Errors errors = r.errors();
        int status = r.status();
        if (!errors.any()) {
            try {
                view = Optional.of(KpiPage.of(r.form(), r.parsed().grouping(), r.rows(),
                        queries.sdgs(acting.actor(), r.parsed().filter()), queries.sroi(acting.actor(), r.parsed().filter()), names));
            } catch (DomainException e) {
                Optional<Errors> shown = refused(e, response);
                if (shown.isEmpty()) {
                    return;
                }
                errors = shown.get();
                status = e.kind() == DomainException.Kind.NOT_PERMITTED ? 403 : 400;
            }
        }
        pages.render(response, status, "kpi-figures.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + "Figures", request, Optional.of(acting)),
                "form", r.form(), "names", names, "view", view, "errors", errors));
    }

    private void sources(HttpServletRequest request, HttpServletResponse response, Acting acting) throws IOException {
        String key = request.getParameter("key");
        if (key == null || key.isBlank()) {
            response.sendError(404);
            return;
        }
        KpiQueries.Names names = queries.names();
        Optional<Read> read = read(request, response, acting, names);
        if (read.isEmpty()) {
            return;
        }
        Read r = read.get();
        if (r.errors().any()) {
            pages.render(response, r.status(), "kpi-figures.jte", Map.of(
                    "page", pages.page("Error: Figures", request, Optional.of(acting)),
                    "form", r.form(), "names", names, "view", Optional.empty(), "errors", r.errors()));
            return;
        }
        Grouping grouping = r.parsed().grouping();
        List<KpiFigures> rows = r.rows().stream().filter(f -> grouping.keyOf(f.key()).equals(key.strip())).toList();
        String label = grouping == Grouping.MONTH && !key.strip().matches("[0-9]{4}-[0-9]{2}") ? key : names.label(grouping, key.strip());
        pages.render(response, 200, "kpi-sources.jte", Map.of(
                "page", pages.page("Where the figures come from", request, Optional.of(acting)),
                "form", r.form(), "names", names, "grouping", grouping, "label", label, "rows", rows,
                "total", KpiGroups.total(rows), "agreements", queries.agreements(acting.actor(), rows, names),
                "valuations", queries.valuations(acting.actor(), rows),
                "party", (Object) (acting.actor().has(Role.BUYER) || acting.actor().has(Role.SUPPLIER) || acting.actor().has(Role.PROVIDER))));
    }
}
