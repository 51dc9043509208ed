package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.platform.LightJson;

/**
 * The guidance panels that ship with the app: one JSON file per panel under {@code guidance/}, listed in
 * {@code guidance/index.txt} in the order the Guidance screen shows them. Unknown fields are refused, so a typing
 * slip in a file fails its test instead of quietly dropping text.
 */
public final class GuidanceCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/guidance/");
    private static final ReadOnce<GuidanceLibrary> BUNDLED = new ReadOnce<>(() ->
            new GuidanceLibrary(FILES.readAll(GuidanceCatalog::read)));
    /** Made on first use only: loading databind costs the start 100-550 ms of CPU (issue 21). */
    private static final class Databind {
        static final ObjectMapper MAPPER = CatalogJson.mapper();
    }

    private GuidanceCatalog() {
    }

    public static GuidanceLibrary bundled() {
        return BUNDLED.get();
    }

    static GuidancePanel read(InputStream in) throws IOException {
        return LightJson.strict().readOr(GuidancePanel.class, in.readAllBytes(), GuidanceCatalog::readWithDatabind);
    }

    /** The file as databind reads it, with its coercions and its messages for a broken file. */
    static GuidancePanel readWithDatabind(byte[] text) throws IOException {
        return Databind.MAPPER.readValue(text, GuidancePanel.class);
    }

    static List<String> index() {
        return FILES.index();
    }
}
