package uk.nhs.eia.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long completed EIA training stays current, in years. */
@ConfigurationProperties("eia.training")
public record TrainingSettings(@DefaultValue("3") int validForYears) {
}
