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

    /** What the user may do now: act for the chosen membership, or choose, or nothing at all. */
    public record Resolution(Optional<Acting> acting, List<Choice> choices) {

        /** True when the user holds several memberships and has not chosen one that it still holds. */
        public boolean choiceNeeded() {
            return acting.isEmpty() && choices.size() > 1;
        }
    }

    /**
     * The actor for the membership chosen in the session ({@code chosen}, a {@link Choice#key()}), or for
     * the only one; a chosen membership that was removed since no longer counts.
     */
    public Resolution resolve(SignedInUser user, Optional<String> chosen) {
        List<Choice> choices;
        try {
            choices = signIn.membershipsOf(user.identity()).stream().map(Choice::of).toList();
        } catch (DomainException e) {
            return new Resolution(Optional.empty(), List.of());
        }
        Optional<Choice> choice = choices.stream().filter(c -> chosen.map(c.key()::equals).orElse(false)).findFirst();
        if (choice.isEmpty() && choices.size() == 1) {
            choice = Optional.of(choices.get(0));
        }
        if (choice.isEmpty()) {
            return new Resolution(Optional.empty(), choices);
        }
        try {
            return new Resolution(Optional.of(new Acting(signIn.actorFor(user.identity(), choice.get().organisation()),
                    choice.get().label())), choices);
        } catch (DomainException e) {
            return new Resolution(Optional.empty(), choices);
        }
    }

    public Invitations.Offer offer(SignedInUser user, String token) {
        return invitations.preview(user.identity(), token);
    }

    public Membership accept(SignedInUser user, String token) {
        return invitations.accept(user.identity(), token);
    }
}
