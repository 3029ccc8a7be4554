package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated client of {@link GeneratedClientIT} is generated at build time from the committed
 * document {@value #GOLDEN}; this test proves that document is the one the server serves at
 * {@code /openapi}, so the client is the one an integrator would generate.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    static final String GOLDEN = "src/test/resources/openapi/dual-impact.json";
    static final String SERVED_COPY = "target/openapi/served.json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        HttpResponse<String> response = Api.get("/openapi?format=JSON", null);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject served = OpenApiDocuments.withoutServers(Api.object(response));
        Path copy = Path.of(SERVED_COPY);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, OpenApiDocuments.pretty(served), StandardCharsets.UTF_8);

        JsonValue golden = Api.json(Files.readString(Path.of(GOLDEN), StandardCharsets.UTF_8));

        if (!served.equals(golden)) {
            fail("The served OpenAPI document differs from the committed " + GOLDEN + " (the generated client is built from it). "
                    + "If the change is intended, refresh it and rebuild:\n    cp it/" + SERVED_COPY + " it/" + GOLDEN
                    + "\nFirst difference: " + OpenApiDocuments.firstDifference("", golden, served));
        }
    }
}
