package org.dualimpact.documents;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.kernel.rollup.KpiFigures;

/**
 * KPI roll-up rows as CSV (RFC 4180: a header row, CRLF line ends, UTF-8), one line per row: what the API's
 * {@code GET /kpis} gives with {@code Accept: text/csv} and the console's "Download CSV", written once here.
 * Numbers are plain decimals (quantities to 3 places, GBP to 2); an unknown social value or ratio is empty.
 */
public final class KpiCsv {

    /** The header row, with its line end. */
    public static final String HEADER = "month,territory,region,buyer,supplier,providers,measure,unit,committedQuantity,"
            + "committedValue,recordedQuantity,recordedValue,confirmedQuantity,confirmedValue,disputedQuantity,disputedValue,"
            + "correctedQuantity,correctedValue,contributions,grossSocialValue,netSocialValue,sroiInvestment,sroiRatio\r\n";

    private KpiCsv() {
    }

    /** The header and the rows. */
    public static String of(List<KpiFigures> rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (KpiFigures f : rows) {
            csv.append(String.join(",", cell(f.key().month().toString()), cell(f.key().territory()), cell(f.key().region()),
                    cell(f.key().buyer()), cell(f.key().supplier()), cell(String.join(" ", f.key().providers().split(" "))),
                    cell(f.key().measure()), cell(f.key().unit()), num(f.committedQuantity()), num(f.committedValue()),
                    num(f.recordedQuantity()), num(f.recordedValue()), num(f.confirmedQuantity()), num(f.confirmedValue()),
                    num(f.disputedQuantity()), num(f.disputedValue()), num(f.correctedQuantity()), num(f.correctedValue()),
                    Long.toString(f.contributions()), num(f.grossSocialValue()), num(f.netSocialValue()), num(f.investment()),
                    num(f.sroiRatio().orElse(null))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String num(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
