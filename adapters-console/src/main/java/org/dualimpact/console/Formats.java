package org.dualimpact.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.dualimpact.kernel.rollup.Quarter;

/** How the console writes figures: pounds as {@code £90,000.00}, quantities with thousands separators. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private Formats() {
    }

    /** {@code £90,000.00}; a dash for no amount. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 1,250} or {@code 12.5}: thousands separated, no trailing zeros; a dash for none. */
    public static String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(quantity);
    }

    /** An enum constant's name as words: {@code IN_KIND} → {@code In kind}. */
    public static String words(Enum<?> value) {
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * A journal entry of an SPO in words, from its action and the stages before and after:
     * {@code sign} from {@code AWAITING_SIGNATURES} to {@code SIGNED} is "Signed: every party has signed".
     * An action this does not know is written as its words, with the stages.
     */
    public static String event(String action, String from, String to) {
        return switch (action) {
            case "edit" -> from.isEmpty() ? "Drafted" : "ENDORSED".equals(from) ? "Edited: endorsements cleared" : "Edited";
            case "endorse" -> "ENDORSED".equals(to) ? "Endorsed: every provider has endorsed" : "Endorsed";
            case "submit" -> "SUBMITTED".equals(to) ? "Submitted with a bid" : "Submitted as an existing relationship";
            case "award" -> "Tender awarded: awaiting signatures";
            case "sign" -> "SIGNED".equals(to) ? "Signed: every party has signed" : "Signed";
            case "attach_contract" -> "Contract attached";
            case "review" -> "Reviewed";
            case "validate" -> "Delivery validated by a provider";
            case "withdraw" -> "Withdrawn";
            case "expire" -> "Expired";
            default -> {
                String words = action.replace('_', ' ');
                words = words.isEmpty() ? "Changed" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
                yield from.isEmpty() || from.equals(to) ? words : words + " (" + stage(from) + " to " + stage(to) + ")";
            }
        };
    }

    private static String stage(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code 7 Dec 2026}: the day, in UTC. */
    public static String date(Instant at) {
        return DAY.format(at);
    }

    /** {@code 31 March 2026}. */
    public static String day(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** {@code January to March 2026}: a quarter's months. */
    public static String quarter(Quarter quarter) {
        return MONTH.format(quarter.firstMonth()) + " to " + MONTH.format(quarter.lastMonth()) + " " + quarter.year();
    }

    /** {@code March 2026}. */
    public static String month(YearMonth month) {
        return MONTH.format(month) + " " + month.getYear();
    }
}
