package org.leiojournal.report;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

/**
 * The VTIMEZONE of each zone the exported appointments use, from the definitions bundled in ical4j (never
 * fetched: see ical4j.properties). RFC 5545 wants one VTIMEZONE per TZID used, so the first request for a zone
 * keeps its definition for {@link #used()}.
 *
 * <p>ical4j files an alias under its canonical name ("US/Eastern" is "America/New_York"), so the zone an event
 * names is the one of the definition, never the alias: TZID parameter and VTIMEZONE always match.
 */
final class ZoneDefinitions {

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<ZoneId, Optional<ZoneId>> named = new HashMap<>();
    private final List<VTimeZone> used = new ArrayList<>();

    /**
     * The zone to write an appointment's times in, or empty when ical4j has no definition for it (a bare offset
     * such as "+02:00"); such times are written in UTC, which keeps the moment exact.
     */
    Optional<ZoneId> zoneFor(ZoneId zone) {
        return named.computeIfAbsent(zone, this::define);
    }

    List<VTimeZone> used() {
        return List.copyOf(used);
    }

    private Optional<ZoneId> define(ZoneId zone) {
        TimeZone definition = registry.getTimeZone(zone.getId());
        if (definition == null) {
            return Optional.empty();
        }
        VTimeZone vTimeZone = definition.getVTimeZone();
        Optional<String> tzid = vTimeZone.<TzId>getProperty(Property.TZID).map(TzId::getValue);
        try {
            Optional<ZoneId> canonical = tzid.map(ZoneId::of);
            canonical.filter(c -> !named.containsValue(Optional.of(c))).ifPresent(c -> used.add(vTimeZone));
            return canonical;
        } catch (DateTimeException e) {
            return Optional.empty(); // a definition Java does not know by that name: fall back to UTC
        }
    }
}
