package uk.nhs.eia.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long completed EIA training stays current, in years, and what happens when someone without it writes an
 * assessment until an administrator chooses otherwise ({@link TrainingPolicy}).
 */
@ConfigurationProperties("eia.training")
public record TrainingSettings(@DefaultValue("3") int validForYears, @DefaultValue("warn") TrainingPolicy.Policy policy) {
}
