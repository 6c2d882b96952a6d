package uk.nhs.eia.records;

/**
 * One time a case reached an element of its process model (a step, event or gateway), in which version of the
 * assessment, and whether it is there still.
 */
public record ElementReached(int version, String elementId, boolean open) {
}
