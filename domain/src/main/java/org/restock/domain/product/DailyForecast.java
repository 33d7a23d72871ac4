package org.restock.domain.product;

import java.util.List;
import org.restock.domain.shared.InvalidValue;

/**
 * Forecast demand in units per day: one rate, or a short daily series starting today. The review
 * works with one rate {@code d}; for a series that is its mean, so a weekly pattern does not make
 * suggestions flicker from one day to the next.
 */
public record DailyForecast(List<Double> series) {

    public DailyForecast {
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new InvalidValue("a forecast needs at least one value");
        }
        for (double value : series) {
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new InvalidValue("forecast values must be finite and not negative, was " + value);
            }
        }
    }

    public static DailyForecast of(double unitsPerDay) {
        return new DailyForecast(List.of(unitsPerDay));
    }

    public double unitsPerDay() {
        return series.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
