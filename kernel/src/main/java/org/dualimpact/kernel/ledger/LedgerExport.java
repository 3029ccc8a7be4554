package org.dualimpact.kernel.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * The auditor's export: every entry of a range, in order, with the personal data still held, read page
 * by page so memory stays bounded whatever the ledger's size. Only auditors export.
 */
public final class LedgerExport {

    /** Entries read per page: memory stays bounded whatever the ledger's size. */
    static final int PAGE = 10_000;

    private final ContributionLedger ledger;

    public LedgerExport(ContributionLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger);
    }

    /** Refuses an export the caller may not run, or a bad range, before anything is streamed. */
    public void check(Actor actor, long from, long to) {
        actor.require(Role.AUDITOR);
        if (from < 0 || to < from) {
            throw DomainException.invalid("invalid-range", "Use 0 <= from <= to.");
        }
    }

    /**
     * Hands {@code sink} the entries {@code from <= sequence < to} (capped at the current size), with the
     * personal data still held, in order.
     */
    public void export(Actor actor, long from, long to, Consumer<ExportLine> sink) {
        check(actor, from, to);
        long upper = Math.min(to, ledger.size());
        for (long page = from; page < upper; page += PAGE) {
            long pageEnd = Math.min(upper, page + PAGE);
            Map<Long, List<PersonalData>> personal = new HashMap<>();
            for (PersonalData p : ledger.personalData(page, pageEnd)) {
                personal.computeIfAbsent(p.sequence(), s -> new ArrayList<>()).add(p);
            }
            for (LedgerEntry e : ledger.entries(Optional.empty(), page, pageEnd)) {
                sink.accept(new ExportLine(e, personal.getOrDefault(e.sequence(), List.of())));
            }
        }
    }

    /** The current size: where an export without an upper bound ends. */
    public long size() {
        return ledger.size();
    }
}
