package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellCopyTest {

    @Test
    void writesNullAsBackslashNAndEscapesSeparators() {
        StringBuilder out = new StringBuilder();
        CellCopy.copyValue(out, null);
        out.append('|');
        CellCopy.copyValue(out, "a\tb\\c\nd");
        out.append('|');
        CellCopy.copyValue(out, 7);
        assertEquals("\\N|a\\tb\\\\c\\nd|7", out.toString());
    }
}
