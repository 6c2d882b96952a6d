package uk.nhs.eia.people;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may no longer sign in. Kept in our own table, which every node reads, because the engine's identity service
 * has no such state: it only locks an account for a while after wrong passwords.
 */
@Service
public class DisabledAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    DisabledAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isDisabled(String username) {
        return SignedInPerson.ofThisRequest(username).map(SignedInPerson::disabled).orElseGet(() -> jdbc.sql("select count(*) from eia_disabled_user where username = ?").param(username)
                .query(Integer.class).single() > 0);
    }

    @Transactional
    public void disable(String username, String by) {
        SignedInPerson.forget(username);
        if (!isDisabled(username)) {
            jdbc.sql("insert into eia_disabled_user (username, disabled_at, disabled_by) values (?, ?, ?)")
                    .params(username, Timestamp.from(clock.instant()), by).update();
        }
    }

    @Transactional
    public void enable(String username) {
        SignedInPerson.forget(username);
        jdbc.sql("delete from eia_disabled_user where username = ?").param(username).update();
    }
}
