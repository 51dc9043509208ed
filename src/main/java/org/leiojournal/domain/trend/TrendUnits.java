package org.leiojournal.domain.trend;

import java.util.Objects;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;

/** The units the user reads charts in; readings entered in another unit are converted for the chart only. */
public record TrendUnits(TemperatureUnit temperature, WeightUnit weight) {

    public static final TrendUnits METRIC = new TrendUnits(TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM);

    public TrendUnits {
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(weight, "weight");
    }

    /** Returns the temperature and weight units chosen in the profile. */
    public static TrendUnits of(Profile profile) {
        return new TrendUnits(profile.temperatureUnit(), profile.weightUnit());
    }
}
