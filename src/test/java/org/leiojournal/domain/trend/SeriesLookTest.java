package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The screen's stylesheet and the PDF report draw lines from the same palette and dashes. */
class SeriesLookTest {

    @Test
    void theStylesheetHoldsTheSameColoursAndDashes() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/org/leiojournal/css/leio.css"));
        for (int i = 0; i < SeriesLook.COLOURS.size(); i++) {
            assertTrue(css.toLowerCase(Locale.ROOT).contains(("-leio-trend-" + (i + 1) + ": "
                    + SeriesLook.COLOURS.get(i)).toLowerCase(Locale.ROOT)), "colour " + i);
        }
        for (int i = 1; i < 7; i++) {
            String dashes = SeriesLook.dashPattern(i).stream().map(String::valueOf).collect(Collectors.joining(" "));
            assertTrue(css.contains(".trend-line.trend-dash-" + i + " { -fx-stroke-dash-array: " + dashes + "; }"),
                    "dash " + i);
        }
    }

    @Test
    void colourAndDashTogetherTellFortyNineLinesApart() {
        Set<List<Integer>> looks = new HashSet<>();
        for (int i = 0; i < 49; i++) {
            SeriesLook look = new SeriesLook(i);
            looks.add(List.of(look.colour(), look.dash()));
        }
        assertEquals(49, looks.size());
        assertEquals(List.of(), new SeriesLook(0).dashPattern(), "the first line is solid");
    }
}
