package org.dualimpact.kernel.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dualimpact.kernel.shared.DomainException;
import org.junit.jupiter.api.Test;

class OutboxReadingTest {

    /** An outbox in memory, numbering mails as they are kept. */
    static final class MemoryOutbox implements MailOutbox {
        final List<KeptMail> kept = new ArrayList<>();

        @Override
        public void keep(Mail mail) {
            kept.add(new KeptMail(kept.size() + 1, Instant.EPOCH.plusSeconds(kept.size()), mail));
        }

        @Override
        public List<KeptMail> newestFirst(long offset, int limit) {
            return kept.stream().sorted(Comparator.comparingLong(KeptMail::id).reversed()).skip(offset).limit(limit)
                    .toList();
        }

        @Override
        public long count() {
            return kept.size();
        }
    }

    private final MemoryOutbox outbox = new MemoryOutbox();
    private final OutboxReading reading = new OutboxReading(outbox);

    private void keep(int mails) {
        for (int i = 1; i <= mails; i++) {
            outbox.keep(new Mail("someone@example.org", "Mail " + i, "Body " + i));
        }
    }

    @Test
    void aPageSkipsTheNewerPagesAndCountsEveryMail() {
        keep(5);

        OutboxReading.OutboxPage second = reading.page(1, 2);

        assertEquals(List.of("Mail 3", "Mail 2"), second.items().stream().map(k -> k.mail().subject()).toList());
        assertEquals(5, second.total());
    }

    @Test
    void aSizeAboveTheMaximumIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
                () -> reading.page(0, OutboxReading.MAX_PAGE_SIZE + 1));

        assertEquals("invalid-page", refused.code());
        assertEquals("size", refused.fieldErrors().get(0).field());
    }

    @Test
    void aNegativePageIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> reading.page(-1, 10));

        assertEquals("page", refused.fieldErrors().get(0).field());
    }
}
