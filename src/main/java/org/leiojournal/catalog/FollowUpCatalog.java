package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.followup.FollowUpPreset;
import org.leiojournal.platform.LightJson;

/**
 * The follow-up presets that ship with the app: one JSON file per published schedule under {@code followup/},
 * listed in {@code followup/index.txt} in the order the chooser shows them. Every phase carries its sources.
 * Unknown fields are refused, so a typing slip in a file fails its test instead of quietly dropping a value.
 */
public final class FollowUpCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/followup/");
    private static final ReadOnce<FollowUpCatalog> BUNDLED = new ReadOnce<>(() ->
            new FollowUpCatalog(FILES.readAll(FollowUpCatalog::read)));
    /** A phase's Optional is its length note, a String; databind only for a file not in the plain form (issue 21). */
    private static final LightJson LIGHT = LightJson.strictWithOptionalOf(String.class);

    /**
     * Made on first use only: the presets are read on the UI thread when the Follow-up tab is first chosen, and
     * loading databind there would freeze the window (issue 21).
     */
    private static final class Databind {
        static final ObjectMapper MAPPER = CatalogJson.mapper()
                .registerModule(new Jdk8Module())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private final List<FollowUpPreset> presets;

    private FollowUpCatalog(List<FollowUpPreset> presets) {
        this.presets = List.copyOf(presets);
    }

    public static FollowUpCatalog bundled() {
        return BUNDLED.get();
    }

    static FollowUpPreset read(InputStream in) throws IOException {
        return LIGHT.readOr(FollowUpPreset.class, in.readAllBytes(), FollowUpCatalog::readWithDatabind);
    }

    /** The file as databind reads it, with its coercions and its messages for a broken file. */
    static FollowUpPreset readWithDatabind(byte[] text) throws IOException {
        return Databind.MAPPER.readValue(text, FollowUpPreset.class);
    }

    static List<String> index() {
        return FILES.index();
    }

    static InputStream open(String file) throws IOException {
        return FILES.open(file);
    }

    public List<FollowUpPreset> all() {
        return presets;
    }

    public Optional<FollowUpPreset> find(String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
