package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.platform.StrictJson;

/**
 * The bundled regimen templates as JSON. Unknown fields are refused, so a typing slip in a template file fails its
 * test instead of quietly dropping a value. (A course's own plan is kept by storage, in its own class.)
 */
final class RegimenJson {

    private static final ObjectMapper MAPPER = StrictJson.mapper();

    private RegimenJson() {
    }

    /** A bundled template with its review dates, which belong to the file and not to a course's plan. */
    record Template(Regimen regimen, ContentReview review) {
    }

    /** Reads a bundled template file: the regimen, and its {@code reviewedOn} and {@code reviewDue}. */
    static Template readTemplate(InputStream in) throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(in);
        JsonNode reviewedOn = tree.remove("reviewedOn");
        JsonNode reviewDue = tree.remove("reviewDue");
        if (reviewedOn == null || reviewDue == null) {
            throw new IOException("a regimen template names reviewedOn and reviewDue");
        }
        ContentReview review = new ContentReview(LocalDate.parse(reviewedOn.asText()),
                LocalDate.parse(reviewDue.asText()));
        return new Template(MAPPER.treeToValue(tree, Regimen.class), review);
    }
}
