package org.dualimpact.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/console.css}: GOV.UK Frontend's compiled style sheet (the webjar's), without the GDS
 * Transport typeface, which the Design System reserves for GOV.UK: its {@code @font-face} rules are
 * dropped and every font stack falls back to the one that follows it (arial, sans-serif); then the
 * console's few rules of its own ({@link #CONSOLE_RULES}).
 */
@WebServlet("/assets/console.css")
public class StyleSheetServlet extends HttpServlet {

    static final String GOVUK_CSS = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";

    /** The console's own rules: a wide table scrolls inside its region on a narrow screen, not the page. */
    static final String CONSOLE_RULES = "\n.app-table-scroll{overflow-x:auto;max-width:100%}\n";

    private static final long serialVersionUID = 1L;

    private transient volatile byte[] css;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = css();
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] css() {
        byte[] known = css;
        if (known == null) {
            try (InputStream in = StyleSheetServlet.class.getClassLoader().getResourceAsStream(GOVUK_CSS)) {
                if (in == null) {
                    throw new IllegalStateException("GOV.UK Frontend is missing from the console: " + GOVUK_CSS);
                }
                known = (withoutGdsTransport(new String(in.readAllBytes(), StandardCharsets.UTF_8)) + CONSOLE_RULES)
                        .getBytes(StandardCharsets.UTF_8);
                css = known;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return known;
    }

    static String withoutGdsTransport(String css) {
        return css.replaceAll("@font-face\\{font-family:\"?GDS Transport\"?;[^}]*\\}", "")
                .replace("font-family:GDS Transport,", "font-family:")
                .replace("font-family:\"GDS Transport\",", "font-family:");
    }
}
