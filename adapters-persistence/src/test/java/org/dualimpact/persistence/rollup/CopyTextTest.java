package org.dualimpact.persistence.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The text PostgreSQL's COPY reads: one line per row, tab between values, \N for null, escapes. */
class CopyTextTest {

    @Test
    void valuesAreTabSeparatedRowsEndWithANewlineAndNullIsBackslashN() throws Exception {
        Jdbc.CopyText text = new Jdbc.CopyText(64);
        text.integer(42);
        text.text("SPO-2026-000001");
        text.number(new BigDecimal("1.50E+2"));
        text.number(null);
        text.endRow();
        text.text(null);
        text.integer(-1);
        text.endRow();
        assertEquals("42\tSPO-2026-000001\t150\t\\N\n\\N\t-1\n", text.rows.toString());
    }

    @Test
    void backslashTabNewlineAndCarriageReturnInTextAreEscapedSoNoValueSpillsIntoTheNext() throws Exception {
        Jdbc.CopyText text = new Jdbc.CopyText(64);
        text.text("a\\b\tc\nd\re");
        text.text("\\N");
        text.endRow();
        assertEquals("a\\\\b\\tc\\nd\\re\t\\\\N\n", text.rows.toString());
    }
}
