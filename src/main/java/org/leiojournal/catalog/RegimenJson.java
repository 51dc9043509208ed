package org.leiojournal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
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
}
