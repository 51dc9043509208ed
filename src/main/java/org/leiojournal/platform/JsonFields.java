package org.leiojournal.platform;

import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JSONObjectException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small JSON object file read as its fields and written back with some replaced (settings.json, lock.json), by
 * jackson-jr: these are written on the UI thread, where loading databind's classes would freeze the window
 * (issue 21). Written as databind's default pretty printer wrote them, nulls included.
 */
public final class JsonFields {

    private static final JSON FIELDS = JSON.builder().enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();

    private JsonFields() {
    }

    /**
     * The top-level object's fields in file order (numbers as Integer, Long, BigInteger or Double); fails for
     * anything but an object.
     */
    public static Map<String, Object> read(byte[] text) throws IOException {
        try {
            return new LinkedHashMap<>(FIELDS.mapFrom(text));
        } catch (RuntimeException e) {
            throw new JSONObjectException("not an object: " + e.getMessage(), e);
        }
    }

    /** {@code fields} pretty printed, as databind's default pretty printer writes them. */
    public static byte[] pretty(Map<String, ?> fields) throws IOException {
        return FIELDS.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asBytes(fields);
    }
}
