package org.leiojournal.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.platform.LightJson;

/**
 * The "contact your care team" rules that ship with the app, in {@code alerts/rules.json}: the rules with their
 * tier, numbers, drugs and sources, the wording of each tier, the warning signs the check-in asks about, and the emergency list. Unknown fields
 * are refused, so a typing slip in the file fails its test instead of quietly dropping a rule's number.
 */
public final class AlertRuleCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/alerts/");
    private static final ReadOnce<AlertRuleSet> BUNDLED = new ReadOnce<>(AlertRuleCatalog::readBundled);
    /** Tiers by their code; databind only for a file jackson-jr does not read plainly (issue 21). */
    private static final LightJson LIGHT = LightJson.strictWith(Map.of(AlertTier.class, AlertTier::fromCode));

    /** Made on first use only: loading databind costs the start 100-550 ms of CPU (issue 21). */
    private static final class Databind {
        static final ObjectMapper MAPPER = CatalogJson.mapper()
                .registerModule(new SimpleModule().addDeserializer(AlertTier.class, new TierCode()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private AlertRuleCatalog() {
    }

    public static AlertRuleSet bundled() {
        return BUNDLED.get();
    }

    private static AlertRuleSet readBundled() {
        return FILES.read("rules.json", AlertRuleCatalog::read);
    }

    /** A rules file in the bundled one's shape, such as an edited copy for {@code rules check --rules}. */
    public static AlertRuleSet read(InputStream in) throws IOException {
        return LIGHT.readOr(AlertRuleSet.class, in.readAllBytes(), AlertRuleCatalog::readWithDatabind);
    }

    /** The file as databind reads it, with its coercions and its messages for a broken file. */
    static AlertRuleSet readWithDatabind(byte[] text) throws IOException {
        return Databind.MAPPER.readValue(text, AlertRuleSet.class);
    }

    /** A tier is written as its code, "call-now" or "tell-soon"; anything else is refused. */
    private static final class TierCode extends StdDeserializer<AlertTier> {

        TierCode() {
            super(AlertTier.class);
        }

        @Override
        public AlertTier deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return AlertTier.fromCode(parser.getValueAsString());
            } catch (IllegalArgumentException e) {
                return (AlertTier) context.handleWeirdStringValue(AlertTier.class, parser.getValueAsString(),
                        e.getMessage());
            }
        }
    }
}
