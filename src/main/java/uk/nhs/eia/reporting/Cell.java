package uk.nhs.eia.reporting;

/**
 * The part of the roll-up an assessment is counted in: its directorate, its type of proposal and the month it
 * started in ({@code 2026-04}), or {@link #EVERY_MONTH} for the row that adds up every month, so a report without a
 * period reads a few rows.
 */
record Cell(String startedMonth, String directorate, String proposalType) {

    static final String EVERY_MONTH = "*";

    /** The same assessments in the row that adds up every month. */
    Cell everyMonth() {
        return new Cell(EVERY_MONTH, directorate, proposalType);
    }
}
