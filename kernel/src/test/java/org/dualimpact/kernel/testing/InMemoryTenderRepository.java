package org.dualimpact.kernel.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * In-memory fake of the tender port. Stores copies, as a database would: a caller changing a tender
 * it read changes nothing until it calls {@link #update}.
 */
public final class InMemoryTenderRepository implements TenderRepository {

    private final Map<TenderReference, Tender> tenders = new LinkedHashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    public int writes;

    @Override
    public Optional<Tender> find(TenderReference reference) {
        return Optional.ofNullable(tenders.get(reference)).map(InMemoryTenderRepository::copy);
    }

    @Override
    public void add(Tender tender) {
        if (tenders.putIfAbsent(tender.reference(), copy(tender)) != null) {
            throw new IllegalStateException("duplicate " + tender.reference());
        }
        writes++;
    }

    @Override
    public void update(Tender tender) {
        if (!tenders.containsKey(tender.reference())) {
            throw new IllegalStateException("no stored tender " + tender.reference());
        }
        tenders.put(tender.reference(), copy(tender));
        writes++;
    }

    @Override
    public List<Tender> all() {
        return tenders.values().stream()
                .sorted(Comparator.comparing(Tender::createdAt).thenComparing(t -> t.reference().value()).reversed())
                .map(InMemoryTenderRepository::copy).toList();
    }

    @Override
    public long nextSequence(String territoryAbbrev, int year) {
        return sequences.merge(territoryAbbrev + "/" + year, 1L, Long::sum);
    }

    private static Tender copy(Tender t) {
        return new Tender(t.reference(), t.buyer(), t.title(), t.territory(), t.closingDate(), t.createdAt(), t.status(),
                t.awardedTo().orElse(null), t.awardedAt().orElse(null));
    }
}
