package org.dualimpact.batch.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The job listener that makes a nightly job run at most once at a time, whoever starts it (the schedule
 * on any server, an operator with the REST API or batchManager): before the job it claims the job's
 * {@link BatchLeases lease} for its instance, after the job (completed, failed or stopped) it releases
 * it. When another instance holds the lease and is still running, this execution fails at once with a
 * message in the job log saying which instance runs. A holder that has ended without releasing (its
 * server was killed) is taken over; a restart of the holding instance takes its own lease back.
 */
@Named("jobLease")
@Dependent
public class JobLease implements JobListener {

    private static final Logger LOG = Logger.getLogger(JobLease.class.getName());
    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    JobContext job;

    @Inject
    BatchLeases leases;

    @Inject
    @ConfigProperty(name = "dualimpact.batch.lease-hours", defaultValue = "12")
    int leaseHours;

    @Override
    public void beforeJob() {
        String name = job.getJobName();
        long instance = job.getInstanceId();
        String holder = "instance " + instance + " execution " + job.getExecutionId() + " on " + server();
        Duration ttl = Duration.ofHours(leaseHours);
        String token = job.getProperties() == null ? null : job.getProperties().getProperty("leaseToken");
        if (token != null && !token.isBlank() && leases.claimFromFiring(name, token, instance, holder, ttl)) {
            return; // submitted by the schedule, which claimed the lease for this execution
        }
        if (leases.claim(name, instance, holder, ttl, false)) {
            return;
        }
        BatchLeases.Lease lease = leases.lease(name).orElseThrow();
        if (lease.instance() != null && lease.instance() >= 0 && !stillRunning(lease.instance()) && leases.claim(name, instance, holder, ttl, true)) {
            LOG.warning(() -> name + ": took over the lease of instance " + lease.instance() + ", which has ended without "
                    + "releasing it (" + lease.holder() + ")");
            return;
        }
        String message = lease.instance() != null && lease.instance() < 0
                ? name + " is being started by the schedule (" + lease.holder() + ", since " + lease.claimedAt()
                        + "); this execution does nothing. Watch the instance the schedule starts, or wait until the "
                        + "firing's lease expires at " + lease.expiresAt() + " (released at once when that server restarts)."
                : name + " is already running as job instance " + lease.instance() + " (" + lease.holder()
                        + ", since " + lease.claimedAt() + "); this execution does nothing. Watch or stop that instance, or "
                        + "wait until its lease expires at " + lease.expiresAt() + ".";
        LOG.severe(message);
        job.setExitStatus(lease.instance() != null && lease.instance() < 0 ? "REFUSED: being started by the schedule"
                : "REFUSED: already running as instance " + lease.instance());
        throw new IllegalStateException(message);
    }

    @Override
    public void afterJob() {
        leases.release(job.getJobName(), job.getInstanceId());
    }

    /**
     * Whether the job instance holding the lease still runs. Jakarta Batch finds instances by job name
     * (newest first), not by id: the newest 1000 of the job are searched. An instance not found, or with
     * no execution visible yet (being started), counts as running — the lease's expiry is the last resort.
     */
    private boolean stillRunning(long instance) {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            for (int start = 0; start < 1000; start += 100) {
                List<JobInstance> page = operator.getJobInstances(job.getJobName(), start, 100);
                for (JobInstance candidate : page) {
                    if (candidate.getInstanceId() == instance) {
                        List<JobExecution> executions = operator.getJobExecutions(candidate);
                        return executions.isEmpty() || executions.stream().anyMatch(e -> RUNNING.contains(e.getBatchStatus()));
                    }
                }
                if (page.size() < 100) {
                    break;
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot tell whether job instance " + instance + " still runs; assuming it does", e);
            return true;
        }
    }

    public static String server() {
        return System.getProperty("wlp.server.name", "server") + "@" + hostName();
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            // a firing's token (job, fire time, server) must fit BATCH_LEASE.HOLDER (200 characters)
            return host.length() > 80 ? host.substring(0, 80) : host;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
