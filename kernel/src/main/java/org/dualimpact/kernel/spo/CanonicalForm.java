package org.dualimpact.kernel.spo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;

/**
 * The canonical text of an SPO's content, and its SHA-256 content hash (lower-case hex).
 *
 * <p>The form is UTF-8 text, Unicode NFC, lines ending in {@code \n}, in this order:
 * <pre>
 * dual-impact-spo/1
 * reference=SPO-TVP-2026-000042-E
 * supplier=GB-COH-09000001
 * territory=E23000029
 * providers=GB-CHC-1190001,GB-CHC-1190002        (sorted)
 * provisions=PRV-…,PRV-…                         (sorted)
 * title=…
 * summary=…
 * commitment.1=type|quantity|unit|value|skillLevel|measureCode|territory|postcodeDistrict|start|end|frequency
 * commitment.2=…
 * existing-contract=buyer|contractReference|start|end|value      (only for an existing relationship)
 * </pre>
 * Free text escapes {@code \} as {@code \\}, line breaks as {@code \n}, {@code |} as {@code \|};
 * absent values are empty; amounts are plain decimals with two places ({@code 1500.00}); quantities
 * are plain decimals without trailing zeros; dates are ISO {@code yyyy-mm-dd}. Anyone holding the
 * content can recompute the hash printed on the documents.
 */
public final class CanonicalForm {

    public static final String VERSION = "dual-impact-spo/1";

    private CanonicalForm() {
    }

    public static String of(SpoReference reference, OrganisationId supplier, SpoContent content,
            Optional<ExistingContract> existing) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        line(text, "reference", reference.value());
        line(text, "supplier", supplier.value());
        line(text, "territory", content.territory());
        TreeSet<String> providers = new TreeSet<>();
        content.providers().forEach(p -> providers.add(p.value()));
        line(text, "providers", String.join(",", providers));
        TreeSet<String> provisions = new TreeSet<>();
        content.provisions().stream().map(ProvisionId::value).forEach(provisions::add);
        line(text, "provisions", String.join(",", provisions));
        line(text, "title", escape(content.title()));
        line(text, "summary", escape(content.summary()));
        int n = 0;
        for (Commitment c : content.commitments()) {
            n++;
            line(text, "commitment." + n, String.join("|", c.type().name(), c.quantity().stripTrailingZeros().toPlainString(),
                    escape(c.unit()), c.value() == null ? "" : c.value().toString(),
                    c.skillLevel() == null ? "" : c.skillLevel().name(), escape(c.measureCode()), c.territory(),
                    c.postcodeDistrict() == null ? "" : c.postcodeDistrict(), c.start().toString(), c.end().toString(),
                    c.frequency().name()));
        }
        existing.ifPresent(e -> line(text, "existing-contract", String.join("|", e.buyer().value(),
                escape(e.contractReference()), e.start().toString(), e.end().toString(), e.value().toString())));
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
    }

    public static String hash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
                .replace("|", "\\|");
    }
}
