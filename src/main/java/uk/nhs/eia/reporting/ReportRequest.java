package uk.nhs.eia.reporting;

/**
 * A report's filter as a request asks for it, each part optional and not yet checked: a directorate code, a type of
 * proposal, and the period (ISO dates, inclusive) the assessments started in. {@link Reports#filter} checks it.
 */
public record ReportRequest(String directorate, String type, String from, String to) {
}
