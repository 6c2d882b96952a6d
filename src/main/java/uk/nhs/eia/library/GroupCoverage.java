package uk.nhs.eia.library;

/**
 * How well the library covers one characteristic or health-inequality group: how many sources that speak to it are
 * current, and how many are past their review-by date. A group with none current is a {@code gap} in the trust's
 * evidence.
 */
public record GroupCoverage(String group, String label, boolean protectedCharacteristic, long current, long stale,
        boolean gap) {

    static GroupCoverage of(String group, String label, boolean protectedCharacteristic, long current, long stale) {
        return new GroupCoverage(group, label, protectedCharacteristic, current, stale, current == 0);
    }
}
