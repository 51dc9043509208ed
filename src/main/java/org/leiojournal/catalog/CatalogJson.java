package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How databind reads a bundled catalogue file: dates known, and a field the records do not have refused, so a typing
 * slip in a data file fails the tests instead of dropping a value. A catalogue that needs more (numbers that may
 * not be left out, Optionals, exact decimals) adds it to its own copy. The files the start reads are read by
 * {@code platform.LightJson} first and come here only when not in the plain form (issue 21); make the mapper on
 * first use.
 */
final class CatalogJson {

    private CatalogJson() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
