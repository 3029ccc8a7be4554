package org.dualimpact.kernel.spo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Validation;

/**
 * What a supplier commits in an SPO: the editable, commercial content. Purged on withdrawal and
 * expiry. At least one provider, one provision and one commitment line (at most 100).
 */
public record SpoContent(String title, String summary, Set<OrganisationId> providers, Set<ProvisionId> provisions,
        String territory, List<Commitment> commitments) {

    public static final int MAX_COMMITMENTS = 100;

    public SpoContent {
        title = Validation.requireText(title, "title", 200);
        summary = Validation.optionalText(summary, "summary", 4000);
        if (providers == null || providers.isEmpty()) {
            throw new IllegalArgumentException("an SPO names at least one provider");
        }
        providers = Set.copyOf(providers);
        if (provisions == null || provisions.isEmpty()) {
            throw new IllegalArgumentException("an SPO supports at least one provision");
        }
        provisions = Set.copyOf(provisions);
        Objects.requireNonNull(territory, "territory is required");
        if (commitments == null || commitments.isEmpty()) {
            throw new IllegalArgumentException("an SPO has at least one commitment line");
        }
        if (commitments.size() > MAX_COMMITMENTS) {
            throw new IllegalArgumentException("an SPO has at most " + MAX_COMMITMENTS + " commitment lines");
        }
        commitments = List.copyOf(new ArrayList<>(commitments));
    }
}
