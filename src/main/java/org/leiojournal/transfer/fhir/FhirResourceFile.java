package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the resources of a FHIR R4 JSON file as patient portals give them: a Bundle, one resource, or NDJSON (one
 * resource a line). A file that is not UTF-8 JSON, or JSON that is not FHIR, is refused with one line saying why.
 */
final class FhirResourceFile {

    /** Far above any portal's download of lab results, far below what would exhaust memory. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Numbers exactly as written: 1.50 stays 1.50. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private FhirResourceFile() {
    }

    /** Every resource in the file, those inside Bundles included. */
    static List<JsonNode> read(Path file) throws FhirRefusedException {
        if (!Files.isRegularFile(file)) {
            throw new FhirRefusedException(Files.exists(file) ? "it is not a file" : "there is no such file");
        }
        List<JsonNode> roots = new ArrayList<>();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new FhirRefusedException("the file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB, more than any portal's lab results");
            }
            try (Reader in = utf8(file); MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class)
                    .readValues(in)) {
                while (values.hasNextValue()) {
                    roots.add(values.nextValue());
                }
            }
        } catch (CharacterCodingException e) {
            throw new FhirRefusedException("the file is not UTF-8 text, so it is not a FHIR JSON file");
        } catch (StreamConstraintsException e) {
            // Jackson's limits: a text or number longer, or nesting deeper, than any FHIR file has
            throw new FhirRefusedException("it is damaged or not a FHIR file: it goes beyond what any FHIR file holds ("
                    + firstLine(e) + ")");
        } catch (JsonParseException e) {
            throw new FhirRefusedException("it is not FHIR JSON, or it is damaged (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (NoSuchFileException e) {
            throw new FhirRefusedException("there is no such file");
        } catch (IOException | RuntimeException e) {
            // Jackson wraps some damage (a cut in the middle of a value) in other exceptions
            throw new FhirRefusedException("it is not FHIR JSON, or it is damaged (" + firstLine(e) + ")");
        }
        if (roots.isEmpty()) {
            throw new FhirRefusedException("the file is empty");
        }
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode root : roots) {
            add(root, resources, 0);
        }
        return resources;
    }

    private static void add(JsonNode resource, List<JsonNode> into, int depth) throws FhirRefusedException {
        if (!resource.isObject() || !resource.path("resourceType").isTextual()) {
            throw new FhirRefusedException("it is not a FHIR file (it has no resourceType); a Leio Journal export "
                    + "goes in with the ordinary import");
        }
        if (!"Bundle".equals(resource.get("resourceType").asText())) {
            into.add(resource);
            return;
        }
        JsonNode entries = resource.path("entry");
        if (entries.isMissingNode()) {
            return;
        }
        if (!entries.isArray()) {
            throw new FhirRefusedException("the Bundle is damaged: its entries are not a list");
        }
        if (depth > 2) {
            throw new FhirRefusedException("the file has Bundles inside Bundles, deeper than any portal sends");
        }
        for (JsonNode entry : entries) {
            JsonNode inner = entry.path("resource");
            if (inner.isMissingNode()) {
                continue; // an entry may carry only a request or a link; nothing to read
            }
            add(inner, into, depth + 1);
        }
    }

    private static Reader utf8(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
