package org.dualimpact.web.ping;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's trivial resource: answers a constant, touches no database and reads no token. A client
 * checks it reaches the API; {@code bench/read-endpoints.sh} measures every read endpoint against it.
 * Unlike {@code /health/ready} it checks nothing behind the API.
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API", description = "Reachability of the API (public)")
@PermitAll
public class PingResource {

    private static final Pong OK = new Pong("ok");

    /** The answer: always {@code {"status":"ok"}}. */
    public record Pong(String status) {
    }

    @GET
    @Operation(operationId = "ping", summary = "A constant answer: the API is reachable (public, no database)")
    public Pong ping() {
        return OK;
    }
}
