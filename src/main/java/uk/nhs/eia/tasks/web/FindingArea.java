package uk.nhs.eia.tasks.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.quality.Finding;

/**
 * Quality findings under the area of the rubric a reviewer rates them in, so the equality lead reads what the
 * checks found beside each of their own ratings.
 */
record FindingArea(String name, List<Finding> findings) {

    /** The findings by the form's rubric areas, in the form's order, then any no area covers; none for other forms. */
    static List<FindingArea> of(FormDefinition form, List<Finding> findings) {
        List<FormComponent> areas = form.rubricAreas();
        if (areas.isEmpty()) {
            return List.of();
        }
        List<FindingArea> grouped = new ArrayList<>();
        List<Finding> left = new ArrayList<>(findings);
        for (FormComponent area : areas) {
            Set<String> checks = Arrays.stream(area.properties().get("rubricChecks").split(","))
                    .map(String::strip).collect(Collectors.toSet());
            List<Finding> inArea = findings.stream().filter(finding -> checks.contains(finding.id())).toList();
            left.removeAll(inArea);
            grouped.add(new FindingArea(area.label(), inArea));
        }
        if (!left.isEmpty()) {
            grouped.add(new FindingArea("Other checks", left));
        }
        return grouped;
    }
}
