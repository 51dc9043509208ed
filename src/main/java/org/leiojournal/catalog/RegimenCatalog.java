package org.leiojournal.catalog;

import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Regimen;

/**
 * The regimen templates that ship with the app: one JSON file per regimen under {@code regimens/}, listed in
 * {@code regimens/index.txt} in the order the user sees them. Every value carries its sources.
 */
public final class RegimenCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/regimens/");
    private static final ReadOnce<RegimenCatalog> BUNDLED = new ReadOnce<>(() ->
            new RegimenCatalog(FILES.readAll(RegimenJson::read)));

    private final List<Regimen> regimens;

    private RegimenCatalog(List<Regimen> regimens) {
        this.regimens = List.copyOf(regimens);
    }

    public static RegimenCatalog bundled() {
        return BUNDLED.get();
    }

    public List<Regimen> all() {
        return regimens;
    }

    public Optional<Regimen> find(String id) {
        return regimens.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
