package org.dualimpact.batch.schedule;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.dualimpact.batch.lease.BatchLeases;
import org.dualimpact.batch.lease.JobLease;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The nightly schedule, from MicroProfile Config, on a managed scheduled executor with Jakarta
 * Concurrency's {@link CronTrigger}:
 * <ul>
 * <li>{@code dualimpact.schedule.enabled} (default true) switches every schedule of this server;</li>
 * <li>{@code dualimpact.schedule.<job>.enabled} (default true) and {@code dualimpact.schedule.<job>.cron}
 *     (seconds minutes hours day-of-month month day-of-week; 5 fields mean second 0) per job — defaults:
 *     spo-expiry {@code 0 0 1 * * *}, kpi-rollup {@code 0 30 1 * * *}, ledger-checkpoint {@code 0 0 3 * * *};</li>
 * <li>{@code dualimpact.schedule.zone} (default Europe/London) for the cron expressions.</li>
 * </ul>
 * At each firing exactly one server acts — the one whose row (job, fire time) in {@code BATCH_FIRING}
 * commits first. It claims the job's lease for the firing (skipped when the job is running on any
 * server), then submits the job through {@link BatchRestClient} as the batch operator with the lease's
 * token as job parameter {@code leaseToken}; the execution takes that lease over, so nothing can start
 * the job between the check and the start. Each firing's outcome is kept in {@code BATCH_FIRING}.
 */
@ApplicationScoped
public class BatchSchedule {

    private static final Logger LOG = Logger.getLogger(BatchSchedule.class.getName());

    static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("spo-expiry", "0 0 1 * * *");
        DEFAULTS.put("kpi-rollup", "0 30 1 * * *");
        DEFAULTS.put("ledger-checkpoint", "0 0 3 * * *");
    }

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    BatchLeases leases;

    @Inject
    BatchRestClient batchApi;

    private final List<Future<?>> scheduled = new ArrayList<>();

    private Duration firingLease = Duration.ofMinutes(10);

    /** Attempts to submit one firing (see {@link #submitRetrying}). */
    static final int SUBMIT_ATTEMPTS = 3;

    /** A firing's lease outlives its submission: three attempts of 10 s to connect and 60 s to answer, ≤ 4 s of pauses. */
    static final int MIN_FIRING_LEASE_SECONDS = 240;

    /** A cron trigger that remembers the time it scheduled the coming run for: the firing's identity. */
    static final class RememberingCronTrigger extends CronTrigger {
        final AtomicReference<ZonedDateTime> next = new AtomicReference<>();

        RememberingCronTrigger(String cron, ZoneId zone) {
            super(cron, zone);
        }

        @Override
        public ZonedDateTime getNextRunTime(LastExecution last, ZonedDateTime taskScheduledTime) {
            ZonedDateTime time = super.getNextRunTime(last, taskScheduledTime);
            next.set(time);
            return time;
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Config config = ConfigProvider.getConfig();
        int seconds = config.getOptionalValue("dualimpact.schedule.firing-lease-seconds", Integer.class).orElse(600);
        if (seconds < MIN_FIRING_LEASE_SECONDS) {
            LOG.warning("Batch schedule: dualimpact.schedule.firing-lease-seconds=" + seconds + " is shorter than a submission "
                    + "can take (three attempts of 10 + 60 s); using " + MIN_FIRING_LEASE_SECONDS);
            seconds = MIN_FIRING_LEASE_SECONDS;
        }
        firingLease = Duration.ofSeconds(seconds);
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try {
            for (String job : leases.releaseFiringsOf(serverName(), jvmStart)) {
                LOG.warning(() -> "Batch schedule: released the lease of " + job + " that a firing of this server claimed "
                        + "before it stopped, without starting the job");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Batch schedule: cannot release this server's firing leases: " + e.getMessage(), e);
        }
        if (!config.getOptionalValue("dualimpact.schedule.enabled", Boolean.class).orElse(true)) {
            LOG.info("Batch schedule is switched off on this server (dualimpact.schedule.enabled=false)");
            return;
        }
        ZoneId zone = ZoneId.of(config.getOptionalValue("dualimpact.schedule.zone", String.class).orElse("Europe/London"));
        for (Map.Entry<String, String> job : DEFAULTS.entrySet()) {
            String prefix = "dualimpact.schedule." + job.getKey();
            if (!config.getOptionalValue(prefix + ".enabled", Boolean.class).orElse(true)) {
                LOG.info(() -> "Batch schedule: " + job.getKey() + " is switched off (" + prefix + ".enabled=false)");
                continue;
            }
            String cron = config.getOptionalValue(prefix + ".cron", String.class).orElse(job.getValue());
            RememberingCronTrigger trigger;
            try {
                trigger = new RememberingCronTrigger(cron, zone);
            } catch (RuntimeException e) {
                LOG.severe("Batch schedule: " + prefix + ".cron='" + cron + "' is not a cron expression (seconds minutes "
                        + "hours day-of-month month day-of-week): " + e.getMessage() + "; " + job.getKey() + " is NOT scheduled");
                continue;
            }
            scheduled.add(executor.schedule(() -> fire(job.getKey(), trigger.next.get()), trigger));
            LOG.info(() -> "Batch schedule: " + job.getKey() + " at '" + cron + "' (" + zone + ")");
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(f -> f.cancel(false));
    }

    /**
     * Submits through the batch API, trying up to {@value #SUBMIT_ATTEMPTS} times with a growing, jittered pause:
     * Liberty's job repository on Derby can deadlock when several submissions create job instances at once
     * (two jobs firing in the same second, an operator submitting meanwhile) and then rolls the submission back
     * whole, so trying again is safe. The lease stays claimed in between.
     */
    private long submitRetrying(String job, String token) throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return batchApi.submit(job, token);
            } catch (IOException e) {
                // tried again: a server error (the repository rolled back) or no connection; not a refusal
                // (4xx) nor an unanswered request (timed out: the job may exist, a second one would be refused)
                boolean again = e instanceof BatchRestClient.Refused refused ? refused.status >= 500
                        : !(e instanceof SocketTimeoutException);
                if (attempt == SUBMIT_ATTEMPTS || !again) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.warning(() -> "Batch schedule: " + job + " submission failed (" + e.getMessage() + "); attempt " + next
                        + " of " + SUBMIT_ATTEMPTS);
                Thread.sleep(1000L * attempt + ThreadLocalRandom.current().nextLong(500));
            }
        }
    }

    /** This server's name in firings and leases: Liberty server name and host. */
    static String serverName() {
        return JobLease.server();
    }

    /** One firing of a job's schedule. */
    void fire(String job, ZonedDateTime scheduledFor) {
        Instant fireTime = (scheduledFor == null ? ZonedDateTime.now() : scheduledFor).toInstant();
        String server = serverName();
        String token = "schedule " + job + " " + fireTime + " on " + server;
        try {
            if (!leases.claimFiring(job, fireTime, server, "submitting")) {
                LOG.info(() -> "Batch schedule: " + job + " at " + fireTime + " is handled by another server");
                return;
            }
            // the lease is claimed before submitting: nothing can start the job in between
            if (!leases.claimForFiring(job, token, firingLease)) {
                BatchLeases.Lease lease = leases.lease(job).orElse(null);
                String outcome = "skipped: already running"
                        + (lease == null ? "" : " as instance " + lease.instance() + " (" + lease.holder() + ")");
                leases.recordOutcome(job, fireTime, outcome);
                LOG.info(() -> "Batch schedule: " + job + " " + outcome);
                return;
            }
            long instance;
            try {
                instance = submitRetrying(job, token);
            } catch (Exception e) {
                leases.releaseFiring(job, token);
                throw e;
            }
            long submitted = instance;
            leases.recordOutcome(job, fireTime, "submitted as instance " + submitted);
            LOG.info(() -> "Batch schedule: submitted " + job + " as job instance " + submitted);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Batch schedule: " + job + " at " + fireTime + " could not be submitted: " + e.getMessage(), e);
            try {
                leases.recordOutcome(job, fireTime, "failed: " + e.getMessage());
            } catch (RuntimeException ignored) {
                // the database is what failed; the log has it
            }
        }
    }
}
