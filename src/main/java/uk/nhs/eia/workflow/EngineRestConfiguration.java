package uk.nhs.eia.workflow;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.eia.audit.AuditTrail;

@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    /** After Spring Security has said who is asking (order -100), before the engine hears of them (101). */
    private static final int AFTER_SIGN_IN = 100;

    @Bean
    FilterRegistrationBean<EngineDoorFilter> engineDoorFilter(EngineDoor door, CaseOfAnOperation cases, AuditTrail audit,
            PlatformTransactionManager transactionManager) {
        var registration = new FilterRegistrationBean<>(new EngineDoorFilter(door, cases, audit,
                new TransactionTemplate(transactionManager)));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(AFTER_SIGN_IN);
        return registration;
    }
}
