package org.leiojournal.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Regimen;

/**
 * The regimen templates that ship with the app: one JSON file per regimen under {@code regimens/}, listed in
 * {@code regimens/index.txt} in the order the user sees them. Every value carries its sources.
 */
public final class RegimenCatalog {

    private static final String FOLDER = "/org/leiojournal/regimens/";

    private final List<Regimen> regimens;

    private RegimenCatalog(List<Regimen> regimens) {
        this.regimens = List.copyOf(regimens);
    }

    public static RegimenCatalog bundled() {
        List<Regimen> loaded = new ArrayList<>();
        for (String file : index()) {
            try (InputStream in = open(file)) {
                loaded.add(RegimenJson.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("regimen template " + file + " cannot be read", e);
            }
        }
        return new RegimenCatalog(loaded);
    }

    private static List<String> index() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open("index.txt"),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("regimen index cannot be read", e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = RegimenCatalog.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing " + FOLDER + file);
        }
        return in;
    }

    public List<Regimen> all() {
        return regimens;
    }

    public Optional<Regimen> find(String id) {
        return regimens.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
