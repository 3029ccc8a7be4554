package org.dualimpact.console.impact;

import java.io.IOException;
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
import org.dualimpact.console.evidence.PublishedEvidence;
import org.dualimpact.kernel.rollup.PublicImpactService.PublicImpact;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The public impact pages, for residents, signed in or not: {@code /public} lists the regions and their
 * territories; {@code /public/regions/{code}} and {@code /public/territories/{code}} show an area's
 * figures under disclosure control, for the quarters of a GET form ({@code from}, {@code to}).
 *
 * <p>Rules: a quarter that does not parse, or a last quarter before the first (the kernel's
 * {@code invalid-range}), is the page again with status 400, the error summary and the input kept; an
 * unknown code, or a code of the other kind, is the 404 page. No session is created. A signed-out page
 * is {@code Cache-Control: no-cache} (public, but revalidated: the nightly roll-up may change it); a
 * signed-in one keeps the console's {@code no-store}, since its header names the user.
 */
@WebServlet(urlPatterns = {"/public", "/public/*"})
public class PublicImpactServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern AREA_PATH = Pattern.compile("/(regions|territories)/([^/]+)");

    @Inject
    transient ConsolePages pages;

    @Inject
    transient PublicAreas areas;

    @Inject
    transient PublishedEvidence evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "no-cache");
        }
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            index(request, response);
            return;
        }
        Matcher area = AREA_PATH.matcher(path);
        Optional<Area> found = area.matches()
                ? areas.area("regions".equals(area.group(1)) ? Area.REGION : Area.TERRITORY, area.group(2))
                : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        show(request, response, found.get());
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PublicAreas.RegionTerritories> regions = areas.regions();
        List<String> rules = areas.rules();
        pages.render(response, 200, "public-index.jte", Map.of(
                "page", pages.page("Social value where you live", request, Optional.empty()),
                "regions", regions, "rules", rules));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Area area) throws IOException {
        QuarterForm form = new QuarterForm(Inputs.text(request, QuarterForm.FROM), Inputs.text(request, QuarterForm.TO));
        QuarterForm.Parsed parsed = form.parse();
        Errors errors = new Errors(parsed.errors(), Optional.empty());
        PublicImpact impact = null;
        if (!errors.any()) {
            try {
                impact = areas.impact(area, parsed.from(), parsed.to());
            } catch (DomainException e) {
                if (!"invalid-range".equals(e.code())) {
                    response.sendError(e.kind() == DomainException.Kind.INVALID_INPUT ? 400 : 404);
                    return;
                }
                errors = new Errors(List.of(new FieldError(QuarterForm.TO, QuarterForm.REVERSED)), Optional.empty());
            }
        }
        if (errors.any()) {
            impact = areas.withoutFigures(area);
        }
        pages.render(response, errors.any() ? 400 : 200, "public-impact.jte", Map.of(
                "page", pages.page((errors.any() ? "Error: " : "") + area.name() + ": social value", request, Optional.empty()),
                "impact", new ImpactPage(area, form, impact, errors),
                "evidence", evidence.aboutArea(area.kind(), area.code())));
    }
}
