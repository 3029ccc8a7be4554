package org.dualimpact.web.identity;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.identity.JoinRequest;
import org.dualimpact.kernel.identity.JoinRequests;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.identity.IdentityViews.ApprovalView;
import org.dualimpact.web.identity.IdentityViews.DeclineRequest;
import org.dualimpact.web.identity.IdentityViews.InvitationView;
import org.dualimpact.web.identity.IdentityViews.JoinRequestApplication;
import org.dualimpact.web.identity.IdentityViews.JoinRequestView;
import org.dualimpact.web.openapi.ApiModel;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Joining the model: any signed-in identity applies; a buyer serving the territory, or an admin, decides. */
@Path("join-requests")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
public class JoinRequestResource {

    @Inject
    JoinRequests requests;

    @Inject
    CurrentActor actor;

    @Inject
    CallerIdentity caller;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyToJoin", summary = "Apply for a supplier or provider to join a territory (any signed-in identity)")
    @APIResponse(responseCode = "201", description = "Created: the pending join request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response apply(@NotNull(message = "a JSON body is required") JoinRequestApplication application) {
        JoinRequest request = requests.apply(caller.get(), new JoinRequests.Application(application.organisationName(),
                application.kind(), application.registerId(), application.territory(), application.contactEmail()));
        return Response.created(URI.create("join-requests/" + request.id())).entity(JoinRequestView.of(request)).build();
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER})
    @Operation(operationId = "listJoinRequests", summary = "Pending join requests you may decide: a buyer's for the territories it serves, an admin's all")
    public List<JoinRequestView> pending() {
        return requests.pending(actor.get()).stream().map(JoinRequestView::of).toList();
    }

    @POST
    @Path("{requestId}/approval")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER})
    @Operation(operationId = "approveJoinRequest", summary = "Approve: registers the organisation and invites the contact as its organisation admin "
            + "(a buyer serving the territory, or an admin)")
    public ApprovalView approve(@PathParam("requestId") String requestId) {
        JoinRequests.Approval approval = requests.approve(actor.get(), requestId);
        return new ApprovalView(JoinRequestView.of(approval.request()), InvitationView.of(approval.invitation()));
    }

    @POST
    @Path("{requestId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER})
    @Operation(operationId = "declineJoinRequest", summary = "Decline with a reason (a buyer serving the territory, or an admin)")
    public JoinRequestView decline(@PathParam("requestId") String requestId,
            @NotNull(message = "a JSON body is required") DeclineRequest request) {
        return JoinRequestView.of(requests.decline(actor.get(), requestId, request.reason()));
    }
}
