package org.dualimpact.web.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.notification.KeptMail;
import org.dualimpact.kernel.notification.OutboxReading;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.Params;
import org.dualimpact.web.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The development outbox: the mail the server kept instead of sending, because no SMTP server is
 * configured (the embedded default). Platform admins only; with SMTP configured it stays empty.
 */
@Path("dev/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Development outbox")
@SecurityRequirement(name = RestApplication.JWT)
@RolesAllowed(Role.Names.ADMIN)
public class DevOutboxResource {

    /** One kept mail. */
    public record KeptMailView(long id, Instant keptAt, String to, String subject, String body) {
        static KeptMailView of(KeptMail kept) {
            return new KeptMailView(kept.id(), kept.keptAt(), kept.mail().to(), kept.mail().subject(),
                    kept.mail().body());
        }
    }

    /** One page of the outbox, newest mail first, and how many mails it holds. */
    public record OutboxPageView(List<KeptMailView> items, int page, int size, long total) {
    }

    @Inject
    OutboxReading outbox;

    @GET
    @Operation(operationId = "listDevOutbox",
            summary = "Mail kept instead of sent while no SMTP server is configured, newest first; page from 0, size 1 to 100 (admin)")
    @APIResponse(responseCode = "200", description = "One page of kept mail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxPageView.class)))
    public OutboxPageView list(@QueryParam("page") String page, @QueryParam("size") String size) {
        OutboxReading.OutboxPage result = outbox.page(Params.integer("page", page, 0), Params.integer("size", size, 20));
        return new OutboxPageView(result.items().stream().map(KeptMailView::of).toList(), result.page(), result.size(),
                result.total());
    }
}
