package uk.nhs.eia.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose names a published assessment shows: by default the decision-maker's, who is accountable for the decision,
 * and not the author's; a role stands in for a name that is not shown.
 */
@ConfigurationProperties("eia.publication")
public record PublicationSettings(@DefaultValue("false") boolean showAuthorName,
        @DefaultValue("true") boolean showDecisionMakerName) {
}
