package org.leiojournal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.platform.StrictJson;

/**
 * A course's plan as the journal keeps it ({@code course.plan_json}): the plan the user saw and edited, whatever
 * later templates say. Storage owns this shape; the bundled templates are read by the catalog, apart.
 */
final class CoursePlanJson {

    private static final ObjectMapper MAPPER = StrictJson.mapper();

    private CoursePlanJson() {
    }

    static String write(Regimen plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan is always writable", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a valid plan */
    static Regimen read(String json) {
        try {
            return MAPPER.readValue(json, Regimen.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid plan: " + e.getMessage(), e);
        }
    }
}
