package uk.nhs.eia.notification;

import java.time.Instant;

/** One thing the service told a person; {@code link} is where to act on it, {@code mailedTo} where it was mailed. */
public record Notification(Long id, String username, String subject, String body, String link, Instant createdAt,
        Instant readAt, String mailedTo) {

    public boolean unread() {
        return readAt == null;
    }
}
