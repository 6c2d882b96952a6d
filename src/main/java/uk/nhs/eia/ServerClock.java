package uk.nhs.eia;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Timestamps on records come from the server's clock, never from what a client sends. */
@Configuration(proxyBeanMethods = false)
public class ServerClock {

    /** Dates that people choose (decision, review, due dates) are dates in England. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
