package org.dualimpact.console.evidence;

import java.util.List;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDocument;

/**
 * Published evidence as the provision, agreement and public impact pages show it: title, the hub by
 * name, the period, summary, method, and its documents, each linked to its public download with its
 * SHA-256 (so a reader can check the file).
 */
public record EvidenceCard(String id, String title, String hub, String period, String summary, String method,
        List<Document> documents) {

    /** A document: its file name, size, SHA-256 and where anyone downloads it. */
    public record Document(String name, String size, String sha256, String link) {
    }

    public static EvidenceCard of(Evidence evidence, String hubName) {
        Evidence.Content c = evidence.content();
        return new EvidenceCard(evidence.id().value(), c.title(), hubName, period(c), c.summary(), c.method(),
                evidence.documents().stream().map(d -> document(d, publicLink(evidence, d))).toList());
    }

    /** "1 January 2025 to 31 December 2025". */
    public static String period(Evidence.Content content) {
        return Formats.day(content.periodFrom()) + " to " + Formats.day(content.periodTo());
    }

    /** The public download of a published piece of evidence's document. */
    public static String publicLink(Evidence evidence, EvidenceDocument document) {
        return "/public/evidence/" + evidence.id().value() + "/documents/" + document.sha256();
    }

    static Document document(EvidenceDocument d, String link) {
        return new Document(d.name(), size(d.size()), d.sha256(), link);
    }

    /** {@code 512 bytes}, {@code 1.5 KB}, {@code 2.3 MB}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(java.util.Locale.UK, "%.1f KB", kb)
                : String.format(java.util.Locale.UK, "%.1f MB", kb / 1024.0);
    }
}
