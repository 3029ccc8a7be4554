package org.dualimpact.web.startup;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.importing.ShippedFiles;
import org.dualimpact.kernel.territory.TerritoryService;
import org.dualimpact.persistence.schema.SchemaMigrations;

/**
 * Runs once when the application starts, in this order: refuse an unsafe production configuration,
 * migrate the schema, load the reference data, load the demo data when enabled. A failure stops the
 * application from starting (Liberty logs it), rather than serving on a half-built database.
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    @Inject
    ProductionGuard guard;

    @Inject
    ReferenceDataLoad referenceData;

    @Inject
    DemoData demoData;

    private volatile boolean completed;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        guard.check();
        requireUtc();
        List<String> applied = new SchemaMigrations(dataSource).migrate();
        int changed = referenceData.load();
        int demo = demoData.loadIfEnabled();
        completed = true;
        LOG.info(() -> "Dual Impact started: " + applied.size() + " schema migrations applied, " + changed
                + " reference rows added or changed, " + demo + " demo organisations added.");
    }

    /**
     * The stores keep times as SQL TIMESTAMPs in UTC wall-clock time (JPA's converter, the journal, the batch
     * leases, the mail outbox), so a server in another zone would shift every time it reads or writes.
     */
    private static void requireUtc() {
        if (!ZoneId.systemDefault().normalized().equals(ZoneOffset.UTC)) {
            throw new IllegalStateException("The server must run in UTC, but its time zone is " + ZoneId.systemDefault()
                    + ": keep -Duser.timezone=UTC in jvm.options (server-config/jvm.options)");
        }
    }

    public boolean completed() {
        return completed;
    }

    /** Loads the shipped territories and regions in one transaction. */
    @ApplicationScoped
    public static class ReferenceDataLoad {

        @Inject
        TerritoryService territories;

        @Transactional
        public int load() {
            return territories.loadReferenceData(ShippedFiles.referenceData());
        }
    }
}
