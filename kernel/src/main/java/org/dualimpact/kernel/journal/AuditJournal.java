package org.dualimpact.kernel.journal;

import java.util.Collection;
import java.util.List;

/** Where journal entries are appended. There is no update and no delete. */
public interface AuditJournal {

    /**
     * Appends the entry in the caller's transaction; the store assigns the sequence number (the
     * entry's own {@code sequence} is ignored). @return the stored entry with its sequence number
     */
    JournalEntry append(JournalEntry entry);

    /** Entries about one subject, oldest first. */
    List<JournalEntry> about(String subject);

    /** The newest entries about any of these subjects, newest first, at most {@code limit}. */
    List<JournalEntry> latestAbout(Collection<String> subjects, int limit);
}
