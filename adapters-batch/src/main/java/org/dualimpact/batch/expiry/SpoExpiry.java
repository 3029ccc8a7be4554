package org.dualimpact.batch.expiry;

import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.ProposalExpiry;
import org.dualimpact.kernel.spo.SpoReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code spo-expiry} job: proposals still in stage 1 past their retention period become EXPIRED
 * (content purged, tombstone and journal entry kept). Retention: {@code draftDays} after creation
 * for drafts never submitted, {@code submittedDays} after the tender's award (or closing date) for
 * submitted ones; job parameters override MicroProfile Config {@code dualimpact.spo-expiry.draft-days}
 * (default 180) and {@code dualimpact.spo-expiry.submitted-days} (default 90).
 *
 * <p>Each proposal expires in its own transaction, so a stop or a crash loses nothing and a restart
 * or re-run only finds what is still stale: running it twice changes nothing the second time. Exit
 * status: {@code expired <n> proposals}.
 */
@Named("spoExpiry")
@Dependent
public class SpoExpiry extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(SpoExpiry.class.getName());

    @Inject
    @BatchProperty(name = "draftDays")
    String draftDays;

    @Inject
    @BatchProperty(name = "submittedDays")
    String submittedDays;

    @Inject
    @ConfigProperty(name = "dualimpact.spo-expiry.draft-days", defaultValue = "180")
    int configuredDraftDays;

    @Inject
    @ConfigProperty(name = "dualimpact.spo-expiry.submitted-days", defaultValue = "90")
    int configuredSubmittedDays;

    @Inject
    Steps steps;

    @Inject
    JobContext job;

    private volatile boolean stopping;

    @Override
    public String process() {
        int draft = days(draftDays, configuredDraftDays);
        int submitted = days(submittedDays, configuredSubmittedDays);
        List<SpoReference> stale = steps.stale(draft, submitted);
        int expired = 0;
        for (SpoReference reference : stale) {
            if (stopping) {
                job.setExitStatus("stopped after expiring " + expired + " of " + stale.size() + " proposals");
                return BatchStatus.STOPPED.name();
            }
            if (steps.expire(reference)) {
                expired++;
            }
        }
        String status = "expired " + expired + " proposals";
        LOG.info(() -> "spo-expiry (draft " + draft + " days, submitted " + submitted + " days): " + status);
        job.setExitStatus(status);
        return status;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    private static int days(String parameter, int configured) {
        if (parameter == null || parameter.isBlank()) {
            return configured;
        }
        return Integer.parseInt(parameter.strip());
    }

    /** The job's transactional steps. */
    @ApplicationScoped
    public static class Steps {

        @Inject
        ProposalExpiry expiry;

        @Transactional
        public List<SpoReference> stale(int draftDays, int submittedDays) {
            return expiry.staleProposals(draftDays, submittedDays);
        }

        /** Expires one proposal in a transaction of its own; false if it is no longer a proposal. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean expire(SpoReference reference) {
            try {
                expiry.expire(Actor.system("spo-expiry"), reference);
                return true;
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.CONFLICT) {
                    return false; // moved on (awarded, withdrawn, expired by another run) since it was listed
                }
                throw e;
            }
        }
    }
}
