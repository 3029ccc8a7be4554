package org.dualimpact.web.framework;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.dualimpact.importing.ShippedFiles;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.shared.Actor;

/**
 * Installs the shipped Social Value Model editions (PPN 06/20, PPN 002) and the illustrative
 * catalogue at start-up when they are not stored yet: idempotent, after the schema migration (a
 * later priority than {@code StartupTasks}).
 */
@ApplicationScoped
public class SocialValueInstaller {

    private static final Logger LOG = Logger.getLogger(SocialValueInstaller.class.getName());

    @Inject
    Install install;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 910) @Initialized(ApplicationScoped.class)
            Object event) {
        try {
            install.frameworks();
        } catch (RuntimeException e) {
            install.frameworks(); // another server on the same database may have installed them meanwhile
        }
        try {
            install.catalogue();
        } catch (RuntimeException e) {
            install.catalogue();
        }
    }

    /** The installs, each in a transaction of its own. */
    @ApplicationScoped
    public static class Install {

        @Inject
        ValueFrameworkService frameworks;

        @Inject
        CatalogueService catalogues;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void frameworks() {
            List<ValueFramework> installed = frameworks.installShipped(Actor.system("social-value-model"),
                    ShippedFiles.valueFrameworks());
            installed.forEach(f -> LOG.info(() -> "Social value framework installed: " + f.label() + " as " + f.id()));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void catalogue() {
            Optional<Catalogue> installed = catalogues.installIllustrative(Actor.system("illustrative-catalogue"),
                    ShippedFiles.illustrativeCatalogue());
            installed.ifPresent(c -> LOG.info(() -> "Illustrative catalogue installed: " + c.label() + " as " + c.id()));
        }
    }
}
