package org.dualimpact.kernel.notification;

import java.util.List;

import org.dualimpact.kernel.shared.Validation;

/** Reads the development outbox page by page, newest mail first. */
public final class OutboxReading {

    /** The largest page the outbox is read in. */
    public static final int MAX_PAGE_SIZE = 100;

    /** One page of kept mails and how many there are in all. */
    public record OutboxPage(List<KeptMail> items, int page, int size, long total) {

        public OutboxPage {
            items = List.copyOf(items);
        }
    }

    private final MailOutbox outbox;

    public OutboxReading(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** Page {@code page} (from 0) of {@code size} mails; refuses a page or size out of range. */
    public OutboxPage page(int page, int size) {
        Validation validation = new Validation();
        validation.require(page >= 0 && (long) page * size <= 100_000, "page",
                "page must be 0 or more, and page × size at most 100,000");
        validation.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
        validation.throwIfInvalid("invalid-page", "The outbox cannot be read as asked.");
        return new OutboxPage(outbox.newestFirst((long) page * size, size), page, size, outbox.count());
    }
}
