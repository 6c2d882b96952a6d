package uk.nhs.eia.reporting;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Keeps worked-out report figures for a few minutes, as configured under {@code spring.cache}. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ReportCaching {
}
