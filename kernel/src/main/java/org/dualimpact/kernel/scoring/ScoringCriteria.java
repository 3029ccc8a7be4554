package org.dualimpact.kernel.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.CriterionPlace;
import org.dualimpact.kernel.framework.ValueFrameworkReference;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;
import org.dualimpact.kernel.scoring.ScoringSetup.CriterionRequest;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The social value criteria of a setup as the buyer named them, read against the stored frameworks
 * (by edition identifier or framework key, {@link ValueFrameworkReference}) and the setup's catalogue: each criterion exists in its framework edition, is named once, and its
 * measures are the catalogue's (by default, every measure the catalogue links to it). Every problem is
 * reported at once, each under its path ({@code criteria[i].framework}, …).
 */
final class ScoringCriteria {

    private final ValueFrameworkRepository frameworks;

    ScoringCriteria(ValueFrameworkRepository frameworks) {
        this.frameworks = Objects.requireNonNull(frameworks);
    }

    List<ScoringCriterion> read(List<CriterionRequest> requests, Optional<Catalogue> catalogue) {
        List<ScoringCriterion> criteria = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CriterionRequest r = requests.get(i);
            String path = "criteria[" + i + "]";
            Optional<ValueFramework> framework = ValueFrameworkReference.resolve(frameworks, r.framework());
            if (framework.isEmpty()) {
                errors.add(new FieldError(path + ".framework", "no social value framework " + r.framework() + "; name "
                        + ValueFrameworkReference.accepted(frameworks)));
                continue;
            }
            Optional<CriterionPlace> place = framework.get().definition().criterion(r.criterion());
            if (place.isEmpty()) {
                errors.add(new FieldError(path + ".criterion", framework.get().label() + " has no criterion '" + r.criterion()
                        + "'"));
                continue;
            }
            if (!seen.add(r.criterion())) {
                errors.add(new FieldError(path + ".criterion", "criterion " + r.criterion() + " is named twice"));
                continue;
            }
            List<String> measures = new ArrayList<>();
            if (r.measures() != null && !r.measures().isEmpty()) {
                for (String code : r.measures()) {
                    Optional<Measure> measure = catalogue.flatMap(c -> c.measure(code == null ? "" : code));
                    if (measure.isEmpty()) {
                        errors.add(new FieldError(path + ".measures", catalogue.isEmpty() ? "measures need a catalogue"
                                : catalogue.get().label() + " has no measure " + code));
                    } else {
                        measures.add(measure.get().code());
                    }
                }
            } else if (catalogue.isPresent()) {
                String key = framework.get().definition().key();
                catalogue.get().measures().stream().filter(m -> m.linksTo(key, r.criterion()))
                        .forEach(m -> measures.add(m.code()));
            }
            try {
                criteria.add(new ScoringCriterion(framework.get().id(), framework.get().definition().key(),
                        framework.get().label(), r.criterion(), place.get().criterion().title(), place.get().provisional(),
                        r.weight(), measures));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError(path + ".weight", e.getMessage() == null ? "is required" : e.getMessage()));
            }
        }
        if (criteria.size() + errors.size() > 100) {
            errors.add(new FieldError("criteria", "at most 100 criteria"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATED, "invalid-criteria", "The social value criteria "
                    + "cannot be used as given.", errors);
        }
        return criteria;
    }
}
