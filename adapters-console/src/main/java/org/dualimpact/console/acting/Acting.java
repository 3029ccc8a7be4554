package org.dualimpact.console.acting;

import java.util.Objects;

import org.dualimpact.kernel.shared.Actor;

/**
 * The signed-in user acting for one of its memberships on this request: the kernel's actor (re-read
 * from the memberships on every request) and how to name the organisation in the header.
 */
public record Acting(Actor actor, String label) {

    public Acting {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(label, "label");
    }
}
