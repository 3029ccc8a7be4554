package org.dualimpact.batch.checkpoint;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.kernel.shared.Actor;

/**
 * The {@code ledger-checkpoint} job: signs the ledger's current tree head and stores it. The series
 * of stored heads is what auditors compare over time. Exit status: {@code tree size <n> root <hex>}.
 */
@Named("ledgerCheckpoint")
@Dependent
public class LedgerCheckpoint extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LedgerCheckpoint.class.getName());

    @Inject
    LedgerProofs ledger;

    @Inject
    JobContext job;

    @Override
    @Transactional
    public String process() {
        TreeHead head = ledger.checkpoint(Actor.system("ledger-checkpoint"));
        String status = "tree size " + head.size() + " root " + head.rootHash();
        LOG.info(() -> "ledger-checkpoint: " + status + " signed by key " + head.keyId());
        job.setExitStatus(status);
        return status;
    }
}
