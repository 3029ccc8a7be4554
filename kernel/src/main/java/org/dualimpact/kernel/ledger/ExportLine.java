package org.dualimpact.kernel.ledger;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * One line of the ledger export (JSON Lines) that the offline verifier reads:
 * <pre>
 * {"seq":42,"leafHash":"…hex…","canonical":"…Base64 of the canonical bytes…",
 *  "personal":[{"field":"actor","salt":"…hex…","text":"…"},…]}
 * </pre>
 * {@code personal} lists the personal data still held (empty once erased).
 */
public record ExportLine(LedgerEntry entry, List<PersonalData> personal) {

    public ExportLine {
        Objects.requireNonNull(entry);
        personal = List.copyOf(personal);
    }

    /** The line as JSON, without the line break. */
    public String toJson() {
        StringBuilder out = new StringBuilder(512);
        out.append("{\"seq\":").append(entry.sequence()).append(",\"leafHash\":\"").append(entry.leafHash())
                .append("\",\"canonical\":\"").append(Base64.getEncoder().encodeToString(entry.canonicalBytes()))
                .append("\",\"personal\":[");
        for (int i = 0; i < personal.size(); i++) {
            PersonalData p = personal.get(i);
            out.append(i == 0 ? "{\"field\":" : ",{\"field\":");
            quote(out, p.field()).append(",\"salt\":");
            quote(out, p.salt()).append(",\"text\":");
            quote(out, p.clearText()).append('}');
        }
        return out.append("]}").toString();
    }

    // moved by ledger branch: JSON writing leaves the kernel there; this minimal quoting keeps it compiling meanwhile
    /** Appends a JSON string literal (RFC 8259 §7: quote, backslash and control characters escaped). */
    public static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
