package uk.nhs.eia.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an attached file may be, and how much an assessment may hold in all: enough for a consultation report
 * with pictures, small enough that one assessment cannot fill the database that every assessment shares; and how many
 * files one person may be sending at once.
 */
@ConfigurationProperties("eia.evidence")
public record EvidenceSettings(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200MB") DataSize maxPerAssessment,
        @DefaultValue("3") int maxUploadsAtOnce) {
}
