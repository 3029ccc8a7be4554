package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;

/** In-memory fake of the journal port: append-only, sequence numbers assigned from 0 in append order. */
public final class InMemoryAuditJournal implements AuditJournal {

    private final List<JournalEntry> entries = new ArrayList<>();

    @Override
    public JournalEntry append(JournalEntry entry) {
        JournalEntry stored = new JournalEntry(entries.size(), entry.at(), entry.subject(), entry.action(),
                entry.fromState(), entry.toState(), entry.actor(), entry.organisation(), entry.contentHash(),
                entry.detail());
        entries.add(stored);
        return stored;
    }

    @Override
    public List<JournalEntry> about(String subject) {
        return entries.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Override
    public List<JournalEntry> latestAbout(Collection<String> subjects, int limit) {
        return entries.stream().filter(e -> subjects.contains(e.subject()))
                .sorted(Comparator.comparingLong(JournalEntry::sequence).reversed()).limit(limit).toList();
    }

    /** Every entry, oldest first. */
    public List<JournalEntry> all() {
        return List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }
}
