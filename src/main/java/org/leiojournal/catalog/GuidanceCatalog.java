package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;

/**
 * The guidance panels that ship with the app: one JSON file per panel under {@code guidance/}, listed in
 * {@code guidance/index.txt} in the order the Guidance screen shows them. Unknown fields are refused, so a typing
 * slip in a file fails its test instead of quietly dropping text.
 */
public final class GuidanceCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/guidance/");
    private static final ReadOnce<GuidanceLibrary> BUNDLED = new ReadOnce<>(() ->
            new GuidanceLibrary(FILES.readAll(GuidanceCatalog::read)));
    private static final ObjectMapper MAPPER = CatalogJson.mapper();

    private GuidanceCatalog() {
    }

    public static GuidanceLibrary bundled() {
        return BUNDLED.get();
    }

    static GuidancePanel read(InputStream in) throws IOException {
        return MAPPER.readValue(in, GuidancePanel.class);
    }

    static List<String> index() {
        return FILES.index();
    }
}
