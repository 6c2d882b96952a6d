package uk.nhs.eia.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.eia.reporting.Summary.StepTime;

/**
 * The organisation's indicators for compliance leads, and the cycle time of each step, as they stood on {@code asOf},
 * worked out at {@code calculatedAt}.
 */
public record Indicators(ReportFilter filter, LocalDate asOf, Instant calculatedAt, List<Indicator> indicators,
        List<StepTime> cycleTimes) {

    /**
     * One indicator: its value in {@code unit} ("%", "days" or "per assessment"), null when there is nothing to
     * measure yet, and what it was measured over.
     */
    public record Indicator(String id, String name, Double value, String unit, String basis) {
    }
}
