package org.leiojournal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.platform.LightJson;
import org.leiojournal.platform.StrictJson;

/**
 * A course's plan as the journal keeps it ({@code course.plan_json}): the plan the user saw and edited, whatever
 * later templates say. Storage owns this shape; the bundled templates are read by the catalog, apart.
 */
final class CoursePlanJson {

    /** Made on first use only (writing a plan, or a plan not in the plain form): issue 21. */
    private static final class Databind {
        static final ObjectMapper MAPPER = StrictJson.mapper();
    }

    private CoursePlanJson() {
    }

    static String write(Regimen plan) {
        try {
            return Databind.MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan is always writable", e);
        }
    }

    /** The plan as databind reads it: its coercions, and its refusals with their messages. */
    static Regimen readWithDatabind(byte[] json) throws IOException {
        return Databind.MAPPER.readValue(json, Regimen.class);
    }

    /**
     * Read by jackson-jr when plain (every plan the app writes), else by databind as before (issue 21).
     *
     * @throws IllegalArgumentException when the text is not a valid plan */
    static Regimen read(String json) {
        try {
            return LightJson.strict().readOr(Regimen.class, json.getBytes(StandardCharsets.UTF_8),
                    CoursePlanJson::readWithDatabind);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid plan: " + e.getMessage(), e);
        }
    }
}
