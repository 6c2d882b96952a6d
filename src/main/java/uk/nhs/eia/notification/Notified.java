package uk.nhs.eia.notification;

/** Published when a notification is kept, so it can be mailed once the change that caused it has committed. */
record Notified(Long id, String username, String subject, String body, String link) {
}
