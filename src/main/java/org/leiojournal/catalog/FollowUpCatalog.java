package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.followup.FollowUpPreset;

/**
 * The follow-up presets that ship with the app: one JSON file per published schedule under {@code followup/},
 * listed in {@code followup/index.txt} in the order the chooser shows them. Every phase carries its sources.
 * Unknown fields are refused, so a typing slip in a file fails its test instead of quietly dropping a value.
 */
public final class FollowUpCatalog {

    private static final String FOLDER = "/org/leiojournal/followup/";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<FollowUpPreset> presets;

    private FollowUpCatalog(List<FollowUpPreset> presets) {
        this.presets = List.copyOf(presets);
    }

    public static FollowUpCatalog bundled() {
        List<FollowUpPreset> loaded = new ArrayList<>();
        for (String file : index()) {
            try (InputStream in = open(file)) {
                loaded.add(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("follow-up preset " + file + " cannot be read", e);
            }
        }
        return new FollowUpCatalog(loaded);
    }

    static FollowUpPreset read(InputStream in) throws IOException {
        return MAPPER.readValue(in, FollowUpPreset.class);
    }

    static List<String> index() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open("index.txt"),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("follow-up preset index cannot be read", e);
        }
    }

    static InputStream open(String file) throws IOException {
        InputStream in = FollowUpCatalog.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing " + FOLDER + file);
        }
        return in;
    }

    public List<FollowUpPreset> all() {
        return presets;
    }

    public Optional<FollowUpPreset> find(String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
