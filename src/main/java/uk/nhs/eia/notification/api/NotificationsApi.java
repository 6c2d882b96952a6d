package uk.nhs.eia.notification.api;

import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.notification.Notification;
import uk.nhs.eia.notification.Notifications;

/** The person's own notifications, for clients of the JSON API. */
@RestController
@RequestMapping("/api/notifications")
class NotificationsApi {

    private final Notifications notifications;

    NotificationsApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<Notification> mine(Principal person) {
        return notifications.of(person.getName());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable Long id, Principal person) {
        notifications.markRead(id, person.getName());
        return ResponseEntity.noContent().build();
    }
}
