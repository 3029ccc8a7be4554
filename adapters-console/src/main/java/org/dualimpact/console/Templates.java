package org.dualimpact.console;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;

/** The jte templates of {@code src/main/jte}, compiled at build time; nothing is compiled at run time. */
@ApplicationScoped
public class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a page with the given status: text/html, UTF-8. */
    public void render(HttpServletResponse response, int status, String template, Map<String, Object> params)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        engine.render(template, params, new PrintWriterOutput(response.getWriter()));
    }
}
