package org.dualimpact.console.acting;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.signin.SignedInUser;
import org.dualimpact.kernel.identity.Invitations;
import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.shared.DomainException;

/**
 * {@code /invitations/{token}}, the link the product mails: after sign-in (if needed) it shows the
 * organisation and roles offered and an Accept button; accepting (a POST with the CSRF token) goes
 * through the kernel's {@link Invitations} and makes the organisation the one acted for. A link that
 * cannot be accepted (unknown, expired, revoked, used, another e-mail, already a member) is an error page
 * saying why.
 */
@WebServlet("/invitations/*")
public class InvitationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    @Inject
    transient ConsolePages pages;

    @Inject
    transient Memberships memberships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = pages.signedIn(request, response);
        if (user.isEmpty()) {
            return;
        }
        String token = token(request);
        try {
            Invitations.Offer offer = memberships.offer(user.get(), token);
            pages.render(response, 200, "invitation.jte", Map.of(
                    "page", pages.page("Join " + offer.organisationName(), request, Optional.empty()),
                    "offer", offer, "action", "/invitations/" + token));
        } catch (DomainException e) {
            refused(request, response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = pages.signedIn(request, response);
        if (user.isEmpty()) {
            return;
        }
        try {
            Membership membership = memberships.accept(user.get(), token(request));
            request.getSession(false).setAttribute(ConsolePages.CHOSEN,
                    membership.organisation().map(o -> o.value()).orElse(Choice.PLATFORM));
            response.sendRedirect("/");
        } catch (DomainException e) {
            refused(request, response, e);
        }
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        return TOKEN.matcher(token).matches() ? token : "";
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, DomainException e) throws IOException {
        Refusal refusal = Refusal.of(e.code());
        pages.render(response, refusal.status(), "invitation-refused.jte", Map.of(
                "page", pages.page(refusal.title(), request, Optional.empty()), "refusal", refusal));
    }

    /** Why an invitation cannot be accepted, in words for the invitee. */
    public record Refusal(int status, String title, String detail) {

        static Refusal of(String code) {
            return switch (code) {
                case "invitation-expired" -> new Refusal(409, "This invitation has expired",
                        "Invitations work for a limited time. Ask the person who invited you to send a new one.");
                case "invitation-revoked" -> new Refusal(409, "This invitation was withdrawn",
                        "The organisation withdrew this invitation. Ask the person who invited you if you should still join.");
                case "invitation-used" -> new Refusal(409, "This invitation has already been used",
                        "Each invitation link works once. If you accepted it, you are already a member: go to your home page.");
                case "invitation-email-mismatch" -> new Refusal(403, "This invitation is for another email address",
                        "You are signed in with an email address other than the one invited. Sign out, then sign in with "
                                + "the invited address, or ask for an invitation to the address you use.");
                case "already-a-member" -> new Refusal(409, "You are already a member of this organisation",
                        "There is nothing to accept: go to your home page to act for it.");
                default -> new Refusal(404, "Invitation not found",
                        "Check that you copied the whole link from the email.");
            };
        }
    }
}
