package org.leiojournal.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Regimen;

/**
 * The regimen templates that ship with the app: one JSON file per regimen under {@code regimens/}, listed in
 * {@code regimens/index.txt} in the order the user sees them. Every value carries its sources.
 */
public final class RegimenCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/regimens/");
    private static final ReadOnce<RegimenCatalog> BUNDLED = new ReadOnce<>(() ->
            new RegimenCatalog(FILES.readAll(RegimenJson::readTemplate)));

    private final List<Regimen> regimens;
    private final Map<String, ContentReview> reviews = new HashMap<>();

    private RegimenCatalog(List<RegimenJson.Template> templates) {
        this.regimens = templates.stream().map(RegimenJson.Template::regimen).toList();
        templates.forEach(t -> reviews.put(t.regimen().id(), t.review()));
    }

    public static RegimenCatalog bundled() {
        return BUNDLED.get();
    }

    public List<Regimen> all() {
        return regimens;
    }

    /** When a template was last checked against its sources and when it is due again; empty for other ids. */
    public Optional<ContentReview> review(String id) {
        return Optional.ofNullable(reviews.get(id));
    }

    public Optional<Regimen> find(String id) {
        return regimens.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
