package org.leiojournal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Regimen;

/**
 * Regimens as JSON: the bundled templates, and the plan kept with each course. Unknown fields are refused, so
 * a typing slip in a template file fails its test instead of quietly dropping a value.
 */
public final class RegimenJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private RegimenJson() {
    }

    public static String write(Regimen regimen) {
        try {
            return MAPPER.writeValueAsString(regimen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a regimen is always writable", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a valid regimen */
    public static Regimen read(String json) {
        try {
            return MAPPER.readValue(json, Regimen.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid regimen: " + e.getMessage(), e);
        }
    }

    static Regimen read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Regimen.class);
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
