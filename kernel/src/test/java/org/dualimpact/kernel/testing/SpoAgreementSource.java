package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.AgreementSource;
import org.dualimpact.kernel.rollup.CommittedLine;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoStage;

/** The agreement port over the in-memory SPO repository and journal of the tests. */
public final class SpoAgreementSource implements AgreementSource {

    private final SpoRepository spos;
    private final InMemoryAuditJournal journal;
    private final Supplier<List<String>> references;

    /** @param references every SPO reference the test created */
    public SpoAgreementSource(SpoRepository spos, InMemoryAuditJournal journal, Supplier<List<String>> references) {
        this.spos = spos;
        this.journal = journal;
        this.references = references;
    }

    private Optional<Spo> agreement(String reference) {
        return spos.find(new SpoReference(reference)).filter(s -> s.stage().isAgreement());
    }

    @Override
    public Map<String, AgreementParties> parties(Collection<String> agreements) {
        Map<String, AgreementParties> found = new TreeMap<>();
        agreements.forEach(a -> parties(a).ifPresent(p -> found.put(a, p)));
        return found;
    }

    private Optional<AgreementParties> parties(String agreement) {
        return agreement(agreement).map(s -> new AgreementParties(s.reference().value(), s.buyer().map(OrganisationId::value)
                .orElse(null), s.supplier().value(), new TreeSet<>(s.providers().stream().map(OrganisationId::value).toList())));
    }

    private List<CommittedLine> lines(String reference) {
        List<CommittedLine> lines = new ArrayList<>();
        agreement(reference).ifPresent(s -> {
            List<Commitment> commitments = s.content().orElseThrow().commitments();
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                lines.add(new CommittedLine(reference, i + 1, c.territory(), c.start(), c.measureCode(), c.unit(), c.quantity(),
                        c.value() == null ? null : c.value().amount()));
            }
        });
        return lines;
    }

    @Override
    public List<CommittedLine> committed(Collection<String> agreements) {
        return agreements.stream().flatMap(r -> lines(r).stream()).toList();
    }

    /** Every agreement the test created that is one (stage 2 or later). */
    public List<String> all() {
        return references.get().stream().filter(r -> agreement(r).isPresent()).toList();
    }

    /** The agreements formed by journal entries {@code from <= seq < to}. */
    public List<String> formed(long from, long to) {
        return journal.all().stream().filter(e -> e.sequence() >= from && e.sequence() < to)
                .filter(e -> e.toState().equals(SpoStage.AWAITING_SIGNATURES.name())).map(e -> e.subject()).toList();
    }

    @Override
    public long journalPosition() {
        return journal.size();
    }
}
