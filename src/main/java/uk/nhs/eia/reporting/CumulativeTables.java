package uk.nhs.eia.reporting;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.eia.reporting.CumulativeImpacts.CumulativeImpact;
import uk.nhs.eia.reporting.CumulativeImpacts.QuarterCell;

/** The cumulative-impact report as one table, one row a group, as the page shows it and the CSV holds it. */
public final class CumulativeTables {

    private CumulativeTables() {
    }

    public static ReportTable of(CumulativeImpact report) {
        List<String> headers = new ArrayList<>(List.of("Characteristic or group", "Proposals", "Budget or service cuts",
                "With actions in force", "Overdue mitigations"));
        headers.addAll(report.quarters());
        headers.add("Flagged in");
        List<List<String>> rows = report.groups().stream().map(group -> {
            List<String> row = new ArrayList<>(List.of(group.label(), String.valueOf(group.proposals()),
                    String.valueOf(group.budgetOrServiceCuts()), String.valueOf(group.withActionsInForce()),
                    String.valueOf(group.overdueMitigations())));
            group.quarters().stream().map(QuarterCell::count).map(String::valueOf).forEach(row::add);
            row.add(String.join("; ", group.flaggedIn()));
            return row;
        }).toList();
        return new ReportTable("cumulative", "Proposals finding a negative or unknown impact, by group and quarter", "none",
                headers, rows);
    }
}
