package org.leiojournal.transfer.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Resource ids that stay the same each time a journal is exported: a name-based UUID of the journal's own unique id
 * (the one its calendar export uses), the kind of record and the record's key. Two journals never share ids; the
 * same journal exported twice gives the same ids, so a receiving system updates rather than duplicates.
 */
final class FhirIds {

    private final String journal;

    FhirIds(String journalUid) {
        this.journal = journalUid;
    }

    /** The resource id: a UUID, which is also the entry's {@code urn:uuid:} full URL. */
    String id(String kind, Object key) {
        return UUID.nameUUIDFromBytes((journal + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String fullUrl(String id) {
        return "urn:uuid:" + id;
    }
}
