package org.dualimpact.console.acting;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.console.signin.SignedInUser;
import org.dualimpact.kernel.identity.Invitations;
import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.identity.SignInService;
import org.dualimpact.kernel.shared.DomainException;

/**
 * The signed-in user's memberships, read in-process through the kernel's {@link SignInService} on every
 * request (as the API does), and the invitations it accepts through {@link Invitations}.
 */
@ApplicationScoped
@Transactional
public class Memberships {

    @Inject
    SignInService signIn;

    @Inject
    Invitations invitations;

    /** What the user may do now: act for the chosen membership, or choose among {@code held}, or nothing at all. */
    public record Resolution(Optional<Acting> acting, int held) {

        /** True when the user holds several memberships and has not chosen one that it still holds. */
        public boolean choiceNeeded() {
            return acting.isEmpty() && held > 1;
        }
    }

    /** What the organisation chooser shows: every membership, named, and whom the user acts for now. */
    public record Chooser(List<Choice> choices, Resolution resolution) {
    }

    /**
     * The actor for the membership chosen in the session ({@code chosen}, a {@link Choice#key()}), or for
     * the only one; a chosen membership that was removed since no longer counts. Three reads on every
     * request: the user, its memberships, and the name of the organisation acted for.
     */
    public Resolution resolve(SignedInUser user, Optional<String> chosen) {
        try {
            return resolve(signIn.held(user.identity()), chosen);
        } catch (DomainException e) {
            return new Resolution(Optional.empty(), 0);
        }
    }

    /** Every membership the user holds, named, and the resolution, from one read of them. */
    public Chooser chooser(SignedInUser user, Optional<String> chosen) {
        SignInService.Held held;
        try {
            held = signIn.held(user.identity());
        } catch (DomainException e) {
            return new Chooser(List.of(), new Resolution(Optional.empty(), 0));
        }
        return new Chooser(held.memberships().stream().map(m -> Choice.of(signIn.summaryOf(m))).toList(),
                resolve(held, chosen));
    }

    private Resolution resolve(SignInService.Held held, Optional<String> chosen) {
        List<Membership> all = held.memberships();
        Optional<Membership> membership = all.stream().filter(m -> chosen.map(Choice.keyOf(m)::equals).orElse(false))
                .findFirst();
        if (membership.isEmpty() && all.size() == 1) {
            membership = Optional.of(all.get(0));
        }
        if (membership.isEmpty()) {
            return new Resolution(Optional.empty(), all.size());
        }
        Choice choice = Choice.of(signIn.summaryOf(membership.get()));
        try {
            return new Resolution(Optional.of(new Acting(signIn.actorFor(held, choice.organisation()), choice.label())),
                    all.size());
        } catch (DomainException e) {
            return new Resolution(Optional.empty(), all.size());
        }
    }

    public Invitations.Offer offer(SignedInUser user, String token) {
        return invitations.preview(user.identity(), token);
    }

    public Membership accept(SignedInUser user, String token) {
        return invitations.accept(user.identity(), token);
    }
}
