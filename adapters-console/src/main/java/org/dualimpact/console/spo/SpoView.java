package org.dualimpact.console.spo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoAction;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoStage;

/**
 * An SPO as its page shows it to the acting organisation, with the actions open to it now (what the
 * page offers; the kernel still decides when the form is sent), and the public names of its parties.
 */
public record SpoView(Spo spo, Actor actor, Map<OrganisationId, String> names) {

    public SpoView(Spo spo, Actor actor) {
        this(spo, actor, Map.of());
    }

    public SpoContent content() {
        return spo.content().orElseThrow();
    }

    public boolean hasContent() {
        return spo.content().isPresent();
    }

    public String reference() {
        return spo.reference().value();
    }

    public String state() {
        String name = spo.stage().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The organisation's public name, or its id when unknown. */
    public String name(OrganisationId id) {
        return names.getOrDefault(id, id.value());
    }

    /** The name of the party whose id this is; other text unchanged. */
    public String nameOf(String id) {
        return names.entrySet().stream().filter(e -> e.getKey().value().equals(id)).map(Map.Entry::getValue).findFirst()
                .orElse(id);
    }

    public String providerNames() {
        return String.join(", ", spo.providers().stream().map(this::name).sorted().toList());
    }

    private Optional<OrganisationId> acting() {
        return actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new);
    }

    private boolean isSupplier() {
        return actor.has(Role.SUPPLIER) && acting().map(spo.supplier()::equals).orElse(false);
    }

    private boolean isBuyer() {
        return actor.has(Role.BUYER) && acting().flatMap(o -> spo.buyer().map(o::equals)).orElse(false);
    }

    private boolean isProvider() {
        return actor.has(Role.PROVIDER) && acting().map(spo.providers()::contains).orElse(false);
    }

    /** The supplier may edit while the proposal is a draft or endorsed. */
    public boolean canEdit() {
        return isSupplier() && spo.stage().allows(SpoAction.EDIT) && spo.content().isPresent();
    }

    /** A named provider that has not endorsed the current content yet may endorse it. */
    public boolean canEndorse() {
        return isProvider() && acting().map(o -> !spo.endorsements().contains(o)).orElse(false)
                && spo.stage().allows(SpoAction.ENDORSE);
    }

    public boolean canSubmit() {
        return isSupplier() && spo.stage().allows(SpoAction.SUBMIT);
    }

    /** The supplier may withdraw a proposal once submitted (a lost bid) or before. */
    public boolean canWithdraw() {
        return isSupplier() && spo.stage().allows(SpoAction.WITHDRAW);
    }

    /** A party that has not signed yet may sign while the agreement awaits signatures. */
    public boolean canSign() {
        return (isSupplier() || isProvider()) && spo.stage().allows(SpoAction.SIGN)
                && acting().map(o -> spo.signatures().stream().noneMatch(s -> s.party().equals(o))).orElse(false);
    }

    public boolean canAttachContract() {
        return isBuyer() && spo.stage().allows(SpoAction.ATTACH_CONTRACT);
    }

    public boolean canReview() {
        return isBuyer() && spo.stage().allows(SpoAction.REVIEW);
    }

    public boolean canRecord() {
        return isSupplier() && spo.stage() == SpoStage.CONTRACTED;
    }

    public boolean canValidate() {
        return isProvider() && (spo.stage() == SpoStage.CONTRACTED || spo.stage() == SpoStage.REVIEWED);
    }

    public boolean canCorrect() {
        return isSupplier() && (spo.stage() == SpoStage.CONTRACTED || spo.stage() == SpoStage.REVIEWED);
    }

    public boolean isAgreement() {
        return spo.stage().isAgreement();
    }

    public String endorsedBy() {
        return spo.endorsements().isEmpty() ? "Nobody yet"
                : String.join(", ", spo.endorsements().stream().map(this::name).sorted().toList());
    }

    /** Who signed, by name; empty when nobody has. */
    public List<String> signedBy() {
        return spo.signatures().stream().map(s -> name(s.party())).toList();
    }
}
