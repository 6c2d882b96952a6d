package uk.nhs.eia.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one version of an assessment has got to in its process model: the elements it has finished and those it is
 * at now. When the case comes back to an element it has passed (a reviewer returns the work, a review is confirmed
 * and the next one awaited), what it did from there on is to be done again: those elements count as finished only
 * once it reaches them again. So the picture agrees with the record's step list, where a step after the one open now
 * cannot start yet, however often it was done before.
 */
public record VersionPath(List<String> finished, List<String> current) {

    /** @param reached the elements one version reached, in the order it reached them */
    public static VersionPath along(List<ElementReached> reached) {
        List<ElementReached> pass = new ArrayList<>();
        for (ElementReached element : reached) {
            int before = indexOf(pass, element.elementId());
            if (before >= 0) {
                pass.subList(before, pass.size()).clear();
            }
            pass.add(element);
        }
        Set<String> current = new LinkedHashSet<>();
        Set<String> finished = new LinkedHashSet<>();
        pass.forEach(element -> (element.open() ? current : finished).add(element.elementId()));
        return new VersionPath(List.copyOf(finished), List.copyOf(current));
    }

    private static int indexOf(List<ElementReached> pass, String elementId) {
        for (int i = 0; i < pass.size(); i++) {
            if (pass.get(i).elementId().equals(elementId)) {
                return i;
            }
        }
        return -1;
    }
}
