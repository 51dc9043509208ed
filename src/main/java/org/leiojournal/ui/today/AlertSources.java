package org.leiojournal.ui.today;

import java.util.List;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.ui.common.SourceList;
import org.leiojournal.ui.common.WhyToggle;

/** Where an alert's rule or a tier's advice comes from, behind a "Why?" link ({@link SourceList}). */
final class AlertSources {

    private AlertSources() {
    }

    /** The link {@code why-<suffix>} (its words with any Alt+letter) and, while it is open, the list {@code <listId>}. */
    static WhyToggle behindWhy(String suffix, String listId, List<RuleSource> sources, String link, String heading,
            String accessible) {
        return SourceList.behindWhy("why-" + suffix, listId, link, accessible, heading,
                sources.stream().map(s -> new SourceList.Source(s.title(), s.url())).toList());
    }
}
