package org.dualimpact.console.home;

import java.time.Instant;
import java.util.List;

/**
 * The home page of the organisation acted for: what needs its action, its SPOs and agreements by stage,
 * and the recent events of those SPOs.
 */
public record Home(List<Task> tasks, List<StageGroup> stages, List<Event> events) {

    /** Something waiting for the organisation: the action, and what it is about. */
    public record Task(String action, String subject, String title) {
    }

    /** SPOs of one stage, with their reference, title and state. */
    public record StageGroup(String heading, List<SpoRow> spos) {
    }

    public record SpoRow(String reference, String title, String state) {
    }

    /** One journal entry of an SPO: when, which SPO, what happened, and the state before and after. */
    public record Event(Instant at, String reference, String action, String from, String to) {
    }
}
