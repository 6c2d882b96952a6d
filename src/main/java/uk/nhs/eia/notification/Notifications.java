package uk.nhs.eia.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications. Telling someone keeps the notification in the transaction of the change that
 * caused it, so a step that rolls back tells nobody; the e-mail follows once it has committed.
 */
@Service
public class Notifications {

    static final int SHOWN = 50;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void tell(String username, String subject, String body, String link) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into eia_notification (username, subject, body, link, created_at) values (?, ?, ?, ?, ?)")
                .params(username, subject, body, link, Timestamp.from(clock.instant())).update(key, "id");
        events.publishEvent(new Notified(key.getKeyAs(Number.class).longValue(), username, subject, body, link));
    }

    @Transactional(readOnly = true)
    public List<Notification> of(String username) {
        return jdbc.sql("""
                        select id, username, subject, body, link, created_at, read_at, mailed_to from eia_notification
                        where username = ? order by id desc""")
                .param(username).query(Notification.class).list().stream().limit(SHOWN).toList();
    }

    @Transactional(readOnly = true)
    public int unreadCount(String username) {
        return jdbc.sql("select count(*) from eia_notification where username = ? and read_at is null").param(username)
                .query(Integer.class).single();
    }

    /** Marks one of the person's notifications read; another person's is left alone. */
    @Transactional
    public void markRead(Long id, String username) {
        jdbc.sql("update eia_notification set read_at = ? where id = ? and username = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id, username).update();
    }

    @Transactional
    public void markAllRead(String username) {
        jdbc.sql("update eia_notification set read_at = ? where username = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), username).update();
    }

    @Transactional
    void mailed(Long id, String address) {
        jdbc.sql("update eia_notification set mailed_to = ? where id = ?").params(address, id).update();
    }
}
