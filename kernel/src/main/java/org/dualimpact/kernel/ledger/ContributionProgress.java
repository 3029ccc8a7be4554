package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.ledger.ContributionState.Verdict;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoVisibility;

/**
 * An agreement's delivery progress, from the ledger itself: per commitment line, committed against
 * recorded, confirmed and disputed, net of corrections ({@link ContributionHistory}). A contribution
 * counts toward the line it names, or else the first line of its type and measure — once, never toward
 * several lines (the KPI roll-up counts it once too).
 */
public final class ContributionProgress {

    private final ContributionLedger ledger;
    private final SpoRepository spos;

    /** Progress of one commitment line: committed against recorded, confirmed and disputed (net of corrections). */
    public record LineProgress(int line, ContributionType type, String measureCode, BigDecimal committedQuantity,
            Money committedValue, BigDecimal recordedQuantity, Money recordedValue, BigDecimal confirmedQuantity,
            Money confirmedValue, BigDecimal disputedQuantity, Money disputedValue) {
    }

    public ContributionProgress(ContributionLedger ledger, SpoRepository spos) {
        this.ledger = Objects.requireNonNull(ledger);
        this.spos = Objects.requireNonNull(spos);
    }

    /** Committed against recorded, confirmed and disputed, per commitment line. */
    public List<LineProgress> progress(Actor actor, SpoReference agreement) {
        Spo spo = spos.find(agreement).filter(s -> SpoVisibility.canSee(actor, s) && s.stage().isAgreement())
                .orElseThrow(() -> LedgerRules.notFound(agreement));
        ContributionHistory history = ContributionHistory.of(
                ledger.entries(Optional.of(spo.reference().value()), 0, ledger.size()));
        List<Commitment> lines = spo.content().map(SpoContent::commitments).orElse(List.of());
        Map<Integer, List<ContributionState<ContributionRecorded>>> byLine = new HashMap<>();
        for (ContributionState<ContributionRecorded> c : history.counting()) {
            byLine.computeIfAbsent(lineOf(c.recorded(), lines), k -> new ArrayList<>()).add(c);
        }
        List<LineProgress> progress = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Commitment c = lines.get(i);
            BigDecimal[] q = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            Money[] m = {Money.ZERO, Money.ZERO, Money.ZERO};
            for (ContributionState<ContributionRecorded> e : byLine.getOrDefault(i + 1, List.of())) {
                Money value = new Money(e.valueOrZero());
                q[0] = q[0].add(e.quantity());
                m[0] = m[0].plus(value);
                int verdict = e.verdict() == Verdict.CONFIRMED ? 1 : e.verdict() == Verdict.DISPUTED ? 2 : 0;
                if (verdict > 0) {
                    q[verdict] = q[verdict].add(e.quantity());
                    m[verdict] = m[verdict].plus(value);
                }
            }
            progress.add(new LineProgress(i + 1, c.type(), c.measureCode(), c.quantity(),
                    c.value() == null ? Money.ZERO : c.value(), q[0], m[0], q[1], m[1], q[2], m[2]));
        }
        return progress;
    }

    /** The commitment line a contribution counts toward (see the class comment); 0 when no line matches. */
    static int lineOf(ContributionRecorded contribution, List<Commitment> lines) {
        if (contribution.commitmentLine() != null) {
            return contribution.commitmentLine();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (contribution.contributionType() == lines.get(i).type()
                    && contribution.measureCode().equals(lines.get(i).measureCode())) {
                return i + 1;
            }
        }
        return 0;
    }
}
