package org.dualimpact.persistence.rollup;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.rollup.MeasureReference;

/**
 * The measure reference while no measures catalogue is connected: every proxy value and SDG link is
 * unknown, so the roll-up leaves social value and SDG figures empty. When the catalogue lands, a
 * {@code JpaCatalogueMeasureReference} replaces this bean (delete this class or make it an
 * {@code @Alternative}) and an operator runs {@code kpi-rollup} once with {@code fullRebuild=true}.
 */
@ApplicationScoped
public class NoCatalogueMeasureReference implements MeasureReference {

    @Override
    public Optional<Proxy> proxy(String measureCode, LocalDate at) {
        return Optional.empty();
    }

    @Override
    public Set<String> sdgTargets(String measureCode) {
        return Set.of();
    }
}
