package org.leiojournal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void aMedianOverItsTargetIsMarkedMissedAndCounted() {
        BenchTable table = new BenchTable();
        table.add("Save", Samples.of(4, 6, 7), "ms", 5);
        table.add("Import", Samples.of(900, 1_000, 1_100), "ms", 2_000);
        assertEquals(1, table.missed());
        assertTrue(table.markdown().contains("| Save | 6.00 ms | ≤ 5.00 ms | **missed** | 4.00–7.00, 3 runs |"),
                table.markdown());
        assertTrue(table.markdown().contains("| Import | 1,000 ms | ≤ 2,000 ms | met |"), table.markdown());
    }

    @Test
    void aMeasureWithoutATargetIsNeitherMetNorMissed() {
        BenchTable table = new BenchTable();
        table.add("Cold report", Samples.of(1_500), "ms", Double.NaN);
        assertEquals(0, table.missed());
        assertTrue(table.markdown().contains("| Cold report | 1,500 ms |  |  |"), table.markdown());
    }

    @Test
    void numbersKeepTheirSignificantDigits() {
        assertEquals("3.14", BenchTable.number(3.14159));
        assertEquals("31.4", BenchTable.number(31.4159));
        assertEquals("3,142", BenchTable.number(3141.59));
    }
}
