package org.dualimpact.kernel.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * In-memory fake of the SPO port, with the optimistic locking the port promises.
 *
 * <p>It stores a snapshot (a copy rebuilt through {@link Spo}'s public constructor) and the version
 * it stored, and every {@link #find} returns a fresh copy — so two readers hold independent objects,
 * as with a database. {@link #update} compares the stored version with {@code spo.version()}: on a
 * mismatch it throws {@code STALE} and stores nothing; otherwise it stores the state under version + 1
 * and tells the SPO through {@link Spo#markStored}.
 */
public final class InMemorySpoRepository implements SpoRepository {

    private static final Comparator<Spo> NEWEST_FIRST = Comparator.comparing(Spo::createdAt)
            .thenComparing(s -> s.reference().value()).reversed();

    private final Map<SpoReference, Spo> spos = new LinkedHashMap<>();
    private final Map<SpoReference, Long> versions = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    /** Successful adds and updates. */
    public int writes;
    /** How many times {@link #ofParty} was read. */
    public int partyReads;

    @Override
    public Optional<Spo> find(SpoReference reference) {
        return Optional.ofNullable(spos.get(reference)).map(InMemorySpoRepository::copy);
    }

    @Override
    public void add(Spo spo) {
        if (spos.containsKey(spo.reference())) {
            throw new IllegalStateException("duplicate " + spo.reference());
        }
        spos.put(spo.reference(), copy(spo));
        versions.put(spo.reference(), spo.version());
        writes++;
    }

    @Override
    public void update(Spo spo) {
        Long stored = versions.get(spo.reference());
        if (stored == null) {
            throw new IllegalStateException("no stored SPO " + spo.reference());
        }
        if (stored != spo.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", spo.reference()
                    + " was changed by someone else (stored version " + stored + ", yours " + spo.version() + ").");
        }
        long next = stored + 1;
        spo.markStored(next);
        spos.put(spo.reference(), copy(spo));
        versions.put(spo.reference(), next);
        writes++;
    }

    @Override
    public List<Spo> ofParty(OrganisationId organisation) {
        partyReads++;
        return spos.values().stream()
                .filter(s -> s.supplier().equals(organisation) || s.providers().contains(organisation))
                .sorted(NEWEST_FIRST).map(InMemorySpoRepository::copy).toList();
    }

    @Override
    public List<Spo> submittedTo(OrganisationId buyer) {
        return spos.values().stream()
                .filter(s -> s.buyer().map(buyer::equals).orElse(false) && s.submittedAt().isPresent())
                .sorted(NEWEST_FIRST).map(InMemorySpoRepository::copy).toList();
    }

    @Override
    public List<Spo> ofTender(TenderReference tender) {
        return spos.values().stream().filter(s -> s.tender().map(tender::equals).orElse(false))
                .map(InMemorySpoRepository::copy).toList();
    }

    @Override
    public List<SpoReference> proposals() {
        return spos.values().stream().filter(s -> s.stage().isProposal())
                .sorted(Comparator.comparing(Spo::createdAt)).map(Spo::reference).toList();
    }

    @Override
    public long nextSequence(String territoryAbbrev, int year) {
        return sequences.merge(territoryAbbrev + "/" + year, 1L, Long::sum);
    }

    /** The version the store holds for the reference. */
    public Optional<Long> storedVersion(SpoReference reference) {
        return Optional.ofNullable(versions.get(reference));
    }

    public int size() {
        return spos.size();
    }

    private static Spo copy(Spo s) {
        return new Spo(s.reference(), s.supplier(), s.createdAt(), s.createdBy(), s.existingContract(),
                s.content().orElse(null), s.providers(), s.stage(), s.endorsements(), s.tender().orElse(null),
                s.buyer().orElse(null), s.submittedAt().orElse(null), s.contentHash().orElse(null), s.signatures(),
                s.contract().orElse(null), s.review().orElse(null), s.validations(), s.closedAt().orElse(null),
                s.version());
    }
}
