package org.dualimpact.console.spo;

import java.util.Locale;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoAction;
import org.dualimpact.kernel.spo.SpoContent;

/** An SPO as its page shows it to the acting organisation, with the actions open to it now. */
public record SpoView(Spo spo, Actor actor) {

    public SpoContent content() {
        return spo.content().orElseThrow();
    }

    public boolean hasContent() {
        return spo.content().isPresent();
    }

    public String state() {
        String name = spo.stage().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private Optional<OrganisationId> acting() {
        return actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new);
    }

    /** The supplier may edit while the proposal is a draft or endorsed. */
    public boolean canEdit() {
        return actor.has(Role.SUPPLIER) && acting().map(spo.supplier()::equals).orElse(false)
                && spo.stage().allows(SpoAction.EDIT) && spo.content().isPresent();
    }

    /** A named provider that has not endorsed the current content yet may endorse it. */
    public boolean canEndorse() {
        return actor.has(Role.PROVIDER) && acting().map(o -> spo.providers().contains(o) && !spo.endorsements().contains(o))
                .orElse(false) && spo.stage().allows(SpoAction.ENDORSE);
    }

    public String endorsedBy() {
        return spo.endorsements().isEmpty() ? "Nobody yet"
                : String.join(", ", spo.endorsements().stream().map(OrganisationId::value).sorted().toList());
    }
}
