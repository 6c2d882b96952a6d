package uk.nhs.eia.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The training report as the tables people read and download, in the order its page shows them. */
public final class TrainingTables {

    private TrainingTables() {
    }

    public static List<ReportTable> of(TrainingReport report) {
        List<List<String>> directorates = new ArrayList<>(report.authorsTrained().stream()
                .map(row -> List.of(row.name(), percent(row.percent()), n(row.authors()), n(row.trained()))).toList());
        TrainingReport.AuthorsTrained all = report.allAuthors();
        directorates.add(List.of(all.name(), percent(all.percent()), n(all.authors()), n(all.trained())));
        return List.of(
                new ReportTable("trained-authors", "EIA authors with current training, by directorate", "bar",
                        List.of("Directorate", "With current training (%)", "EIA authors", "With current training"),
                        directorates),
                new ReportTable("quality-by-training", "Quality by the author's training", "bar", 2,
                        List.of("Author's training", "Mean quality score", "Quality review return rate (%)",
                                "Assessments", "With a score", "Checks failed per assessment, apart from training",
                                "Quality reviews finished", "Returned to the author"),
                        report.qualityByTraining().stream().map(row -> List.of(row.label(), percent(row.meanScore()),
                                percent(row.returnPercent()), n(row.assessments()), n(row.scored()),
                                percent(row.meanChecksFailed()), n(row.reviews()), n(row.returned()))).toList()),
                new ReportTable("expiring", "EIA training that runs out in the next 90 days", "none",
                        List.of("Name", "Username", "Runs out on", "Directorates"),
                        report.expiring().stream().map(row -> List.of(row.name(), row.username(),
                                row.expiresOn().toString(), String.join(", ", row.directorates()))).toList()));
    }

    /** The table with this id, if the report has one. */
    public static Optional<ReportTable> find(TrainingReport report, String id) {
        return of(report).stream().filter(table -> table.id().equals(id)).findFirst();
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    /** Blank when there is nothing to divide by. */
    private static String percent(Double value) {
        return value == null ? "" : value.toString();
    }
}
