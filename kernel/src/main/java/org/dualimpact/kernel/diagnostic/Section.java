package org.dualimpact.kernel.diagnostic;

import java.util.List;

import org.dualimpact.kernel.shared.Validation;

/**
 * A theme of a framework grouping value codes, with its explanatory texts (a summary, what it is,
 * why it matters; each may be empty). Sections are numbered from 1 in file order.
 */
public record Section(int number, String name, String summary, String whatItIs, String whyItMatters,
        List<ValueCode> valueCodes) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public Section {
        if (number < 1) {
            throw new IllegalArgumentException("sections are numbered from 1");
        }
        name = Validation.requireText(name, "section name", NAME_MAX);
        summary = Validation.optionalText(summary, "section summary", TEXT_MAX);
        whatItIs = Validation.optionalText(whatItIs, "section text 'what it is'", TEXT_MAX);
        whyItMatters = Validation.optionalText(whyItMatters, "section text 'why it matters'", TEXT_MAX);
        valueCodes = List.copyOf(valueCodes);
        if (valueCodes.isEmpty()) {
            throw new IllegalArgumentException("a section has at least one value code");
        }
    }

    /** {@code 3. Working with partners}. */
    public String title() {
        return number + ". " + name;
    }
}
