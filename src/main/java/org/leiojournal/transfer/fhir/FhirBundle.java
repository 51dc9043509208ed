package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** A FHIR R4 Bundle of type collection: each resource under its {@code urn:uuid:} full URL, written as JSON. */
final class FhirBundle {

    /** Compact, not indented: the file is for systems, and indenting a ten-year journal's Bundle costs time. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ObjectNode bundle;
    private final ArrayNode entries;

    FhirBundle(String id) {
        bundle = Fhir.resource("Bundle", id);
        bundle.put("type", "collection");
        entries = bundle.putArray("entry");
    }

    /** Adds a resource; its full URL is {@code urn:uuid:} and its id. */
    void add(ObjectNode resource) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", FhirIds.fullUrl(resource.get("id").asText()));
        entry.set("resource", resource);
    }

    int size() {
        return entries.size();
    }

    void write(Writer out) throws IOException {
        JSON.writeValue(out, bundle);
        out.write('\n');
    }
}
