package uk.nhs.eia.notification.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.eia.notification.FollowUpReminders;

/** The daily follow-up process's one step. */
@Configuration(proxyBeanMethods = false)
class FollowUpDelegates {

    @Bean
    JavaDelegate sendFollowUps(FollowUpReminders followUps) {
        return execution -> followUps.sendFor(followUps.today());
    }
}
