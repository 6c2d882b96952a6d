package uk.nhs.eia.notification.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.eia.notification.Notifications;

/** The person's notifications: what the service told them, newest first, and what they have not read yet. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Principal person, Model model) {
        model.addAttribute("notifications", notifications.of(person.getName()));
        return "notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(Principal person) {
        notifications.markAllRead(person.getName());
        return "redirect:/notifications";
    }
}
