package org.leiojournal.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Regimen;

/**
 * The regimen templates that ship with the app: one JSON file per regimen under {@code regimens/}, listed in
 * {@code regimens/index.txt} in the order the user sees them. Every value carries its sources. The files are read
 * when a template is first asked for (or by {@link #readNow}), not when the catalog is handed out: only Treatment
 * shows them, and reading them at the start put a second Jackson parse of the plans' types beside the journal's own
 * courses on the path to the first window (performance-history.md, "Seventeenth session: the start").
 */
public final class RegimenCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/regimens/");
    private static final RegimenCatalog BUNDLED = new RegimenCatalog(() -> FILES.readAll(RegimenJson::readTemplate));

    private final ReadOnce<Templates> templates;

    /** {@code files}: reads the template files, once, when a template is first asked for. */
    RegimenCatalog(Supplier<List<RegimenJson.Template>> files) {
        this.templates = new ReadOnce<>(() -> new Templates(files.get()));
    }

    /** The bundled catalog; its files are read on first use. */
    public static RegimenCatalog bundled() {
        return BUNDLED;
    }

    /** Reads the files now if they are not read yet: off the UI thread, before a screen shows a template. */
    public void readNow() {
        templates.get();
    }

    public List<Regimen> all() {
        return templates.get().regimens();
    }

    /** When a template was last checked against its sources and when it is due again; empty for other ids. */
    public Optional<ContentReview> review(String id) {
        return Optional.ofNullable(templates.get().reviews().get(id));
    }

    public Optional<Regimen> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The files' content: the regimens in the index's order, and each one's review dates by its id. */
    private record Templates(List<Regimen> regimens, Map<String, ContentReview> reviews) {

        Templates(List<RegimenJson.Template> read) {
            this(read.stream().map(RegimenJson.Template::regimen).toList(), reviewsOf(read));
        }

        private static Map<String, ContentReview> reviewsOf(List<RegimenJson.Template> read) {
            Map<String, ContentReview> reviews = new HashMap<>();
            read.forEach(t -> reviews.put(t.regimen().id(), t.review()));
            return Map.copyOf(reviews);
        }
    }
}
