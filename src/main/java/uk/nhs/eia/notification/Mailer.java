package uk.nhs.eia.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.nhs.eia.people.People;

/**
 * Mails each notification once the change that caused it has committed. With no SMTP server set up
 * ({@code spring.mail.host}), the mail is written to the log instead; the notification stays in the app either way.
 */
@Component
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final People people;
    private final Notifications notifications;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> mail, People people, Notifications notifications,
            @Value("${eia.mail.from:eia-noreply@nhs.net}") String from,
            @Value("${eia.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.people = people;
        this.notifications = notifications;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void send(Notified notified) {
        String address = people.emailOf(notified.username()).orElse(null);
        String text = notified.body() + (notified.link() == null ? "" : "\n\n" + baseUrl + notified.link());
        JavaMailSender sender = mail.getIfAvailable();
        if (address == null || sender == null) {
            LOG.info("Mail not sent ({}): to {} <{}>: {}\n{}", sender == null ? "no SMTP server set up" : "no address",
                    notified.username(), address, notified.subject(), text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(notified.subject());
        message.setText(text);
        try {
            sender.send(message);
            notifications.mailed(notified.id(), address);
        } catch (MailException failed) {
            LOG.warn("Could not mail {} about \"{}\"; it is still in their notifications", address, notified.subject(), failed);
        }
    }
}
