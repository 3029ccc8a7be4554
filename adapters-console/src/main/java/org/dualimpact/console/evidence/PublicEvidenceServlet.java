package org.dualimpact.console.evidence;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.shared.DomainException;

/**
 * {@code /public/evidence/{id}/documents/{sha256}}: a document of published evidence for anyone, without
 * sign-in and whoever is signed in (evidence not published is not found here, as in the API's
 * {@code /public/evidence}). No session is created. Any other path under it is the 404 page.
 */
@WebServlet("/public/evidence/*")
public class PublicEvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DOCUMENT = Pattern.compile("/([^/]+)/documents/([^/]+)");

    @Inject
    transient PublishedEvidence published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = DOCUMENT.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(404);
            return;
        }
        try {
            Downloads.send(response, published.document(EvidenceId.fromRequest(matcher.group(1)), matcher.group(2)));
        } catch (DomainException e) {
            response.sendError(404);
        }
    }
}
