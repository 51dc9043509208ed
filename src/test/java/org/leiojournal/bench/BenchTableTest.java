package org.leiojournal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theJsonFileKeepsEachRowWithItsTargetAndTheMachine(@TempDir Path folder) throws Exception {
        BenchTable table = new BenchTable();
        table.add("Save", Samples.of(4, 6, 7), "ms", 5);
        table.add("Cold report", Samples.of(1_500), "ms", Double.NaN);
        Path file = folder.resolve("bench.json");
        table.writeJson(file, "AMD EPYC, 2 cores, load 0.10", 3);
        JsonNode run = new ObjectMapper().readTree(file.toFile());
        assertEquals("AMD EPYC, 2 cores, load 0.10", run.get("machine").asText());
        assertEquals(1, run.get("missed").asInt());
        assertEquals(6.0, run.get("rows").get(0).get("median").asDouble());
        assertEquals(5.0, run.get("rows").get(0).get("target").asDouble());
        assertFalse(run.get("rows").get(0).get("met").asBoolean());
        assertTrue(run.get("rows").get(1).get("target").isNull(), "no target is null, not NaN");
    }

    @Test
    void numbersKeepTheirSignificantDigits() {
        assertEquals("3.14", BenchTable.number(3.14159));
        assertEquals("31.4", BenchTable.number(31.4159));
        assertEquals("3,142", BenchTable.number(3141.59));
    }
}
