package org.dualimpact.web.diagnostic;

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
import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkService;
import org.dualimpact.kernel.shared.Actor;

/**
 * Imports the product's own default diagnostic framework at start-up when its name and version are
 * not yet stored, like the reference data: idempotent, so every start after the first changes
 * nothing. Runs after the start-up tasks (schema migration first: this observer's priority is later
 * than the default one of {@code StartupTasks}).
 */
@ApplicationScoped
public class DefaultFrameworkInstaller {

    private static final Logger LOG = Logger.getLogger(DefaultFrameworkInstaller.class.getName());

    @Inject
    Install install;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
            Object event) {
        Optional<Framework> imported;
        try {
            imported = install.ifAbsent();
        } catch (RuntimeException e) {
            // another server starting on the same database may have imported it in the meantime: look
            // again (a second failure is real and stops the start-up)
            imported = install.ifAbsent();
        }
        imported.ifPresent(f -> LOG.info(() -> "Default diagnostic framework imported: " + f.title() + " as " + f.id()));
    }

    /** The import, in a transaction of its own. */
    @ApplicationScoped
    public static class Install {

        @Inject
        FrameworkService frameworks;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<Framework> ifAbsent() {
            return frameworks.installDefault(Actor.system("default-diagnostic-framework"),
                    ShippedFiles.diagnosticFramework());
        }
    }
}
