package org.dualimpact.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StyleSheetServletTest {

    @Test
    void theShippedStyleSheetLosesEveryMentionOfGdsTransport() throws IOException {
        String css;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(StyleSheetServlet.GOVUK_CSS)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(css.contains("GDS Transport"));
        String served = StyleSheetServlet.withoutGdsTransport(css);
        assertFalse(served.contains("GDS Transport"), "GDS Transport left in the console's style sheet");
        assertTrue(served.contains("font-family:arial,sans-serif"));
    }
}
