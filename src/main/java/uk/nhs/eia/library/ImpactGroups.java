package uk.nhs.eia.library;

import java.util.Arrays;
import java.util.Optional;
import uk.nhs.eia.contract.ImpactGroup;

/** The groups a source can speak to, found by the key the forms and reports use. */
final class ImpactGroups {

    private ImpactGroups() {
    }

    static Optional<ImpactGroup> byKey(String key) {
        return Arrays.stream(ImpactGroup.values()).filter(group -> group.key().equals(key)).findFirst();
    }
}
