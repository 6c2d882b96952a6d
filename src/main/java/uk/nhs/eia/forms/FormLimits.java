package uk.nhs.eia.forms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** How much one field and one whole submission may hold, so that no form can be used to flood the database. */
@ConfigurationProperties("eia.forms")
public record FormLimits(@DefaultValue("64KB") DataSize maxFieldSize, @DefaultValue("256KB") DataSize maxSubmissionSize) {

    public static FormLimits defaults() {
        return new FormLimits(DataSize.ofKilobytes(64), DataSize.ofKilobytes(256));
    }
}
