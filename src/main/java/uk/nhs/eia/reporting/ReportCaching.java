package uk.nhs.eia.reporting;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Keeps the training report's worked-out figures for a few minutes, as configured under {@code spring.cache}. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ReportCaching {
}
