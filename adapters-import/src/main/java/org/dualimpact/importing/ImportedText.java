package org.dualimpact.importing;

/**
 * The rule for every text an imported file gives: no control character (other than tab and line
 * breaks) and no lone surrogate. Such a character is refused with a field error at its place, never
 * carried into storage or documents.
 */
final class ImportedText {

    private ImportedText() {
    }

    /** Why the text cannot be imported, or null when it can. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }
}
