package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How every bundled catalogue file is read: dates known, and a field the records do not have refused, so a typing
 * slip in a data file fails the tests instead of dropping a value. A catalogue that needs more (numbers that may
 * not be left out, Optionals, exact decimals) adds it to its own copy.
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
