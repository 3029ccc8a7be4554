package org.dualimpact.console;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error pages web.xml points at: 403, 404, 405 and 500 (any exception), each a plain page in the
 * console's layout that never shows a stack trace or an exception message.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsoleSettings settings;

    @Inject
    transient Templates templates;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 404;
        String title = switch (status) {
            case 403 -> "You cannot do that";
            case 404, 405 -> "Page not found";
            case 413 -> "The file is too large";
            default -> "Sorry, there is a problem with the service";
        };
        String detail = switch (status) {
            case 403 -> "The form was out of date or did not come from this service. Go back, reload the page and try again.";
            case 404, 405 -> "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.";
            case 413 -> "A document can be at most 10 MB. Go back and choose a smaller file.";
            default -> "Try again later.";
        };
        response.setHeader("Cache-Control", "no-store");
        templates.render(response, status, "error.jte", Map.of(
                "page", new Page(title, settings.organisationName(), SessionUsers.of(request)), "detail", detail));
    }
}
