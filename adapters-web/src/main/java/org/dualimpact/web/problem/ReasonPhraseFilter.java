package org.dualimpact.web.problem;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Proper reason phrases for the statuses Liberty's HTTP channel does not know. The channel names only
 * the statuses of RFC 2616 and writes every other one as {@code HTTP/1.1 422 Undefined}; Servlet 6
 * removed {@code setStatus(int, String)} from the API, and the JAX-RS runtime sets the status with
 * {@code setStatus(int)}, which resets any phrase. This filter hands the runtime a response whose
 * {@code setStatus(int)} sets the RFC 9110 phrase through the web container's own
 * {@code setStatus(int, String)}, which its response class still has. Where the container lacks it,
 * the status is set as before (only the phrase is lost: clients read the code).
 */
@WebFilter(filterName = "reason-phrases", urlPatterns = "/*")
public class ReasonPhraseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** RFC 9110 (and 6585) phrases of the statuses the API answers that RFC 2616 did not define. */
    static final Map<Integer, String> PHRASES = Map.of(
            308, "Permanent Redirect",
            422, "Unprocessable Content",
            428, "Precondition Required",
            429, "Too Many Requests",
            431, "Request Header Fields Too Large",
            451, "Unavailable For Legal Reasons");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Method withPhrase = withPhrase(response);
        chain.doFilter(request, withPhrase == null ? response : new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                String phrase = PHRASES.get(status);
                if (phrase == null || !set(withPhrase, response, status, phrase)) {
                    super.setStatus(status);
                }
            }
        });
    }

    /** The container's {@code setStatus(int, String)}, found on the innermost response. */
    private static Method withPhrase(ServletResponse response) {
        try {
            return response.getClass().getMethod("setStatus", int.class, String.class);
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }

    private static boolean set(Method withPhrase, HttpServletResponse response, int status, String phrase) {
        try {
            withPhrase.invoke(response, status, phrase);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
