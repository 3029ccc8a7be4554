package org.dualimpact.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.dualimpact.kernel.shared.Money;

/** Money as a buyer reads it in a document: £90,000.00 (every PDF and CSV of the product, the API's evaluation PDF too). */
public final class Pounds {

    private Pounds() {
    }

    public static String of(Money money) {
        return of(money.amount());
    }

    public static String of(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
