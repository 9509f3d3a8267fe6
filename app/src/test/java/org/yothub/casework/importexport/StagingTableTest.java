package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StagingTableTest {

    private static String line(Object... values) {
        StringBuilder b = new StringBuilder();
        StagingTable.line(b, values);
        return b.toString();
    }

    @Test
    void writesCopyTextWithNullsBooleansDatesAndNumbers() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        assertEquals("00000000-0000-0000-0000-00000000000a\tREF-1\t\\N\tt\tf\t2024-02-29\t7\t16.5\n",
                line(id, "REF-1", null, true, false, LocalDate.of(2024, 2, 29), 7, new BigDecimal("16.5")));
    }

    @Test
    void escapesTheCharactersThatCopyTextGivesMeaning() {
        assertEquals("a\\tb\\nc\\rd\\\\N\n", line("a\tb\nc\rd\\N"));
        assertEquals("\n", line(""));
    }
}
