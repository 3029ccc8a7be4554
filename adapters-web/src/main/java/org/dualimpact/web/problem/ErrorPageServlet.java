package org.dualimpact.web.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web container's error page (see web.xml): errors raised outside JAX-RS — an unknown path
 * outside {@code /api/v1}, a request the container refuses before dispatch — answer as problem
 * documents too, never as an HTML page naming a Java exception.
 */
@WebServlet(name = "problem-error-page", urlPatterns = "/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
        String detail = switch (status) {
            case 400 -> "The request could not be understood.";
            case 404 -> "There is no resource at this address.";
            case 405 -> "This resource does not support the request's method.";
            default -> status >= 500 ? "The server could not complete the request." : "The request was refused.";
        };
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + Problem.TYPE_PREFIX + slug + "\",\"title\":\"Request refused\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}");
    }
}
