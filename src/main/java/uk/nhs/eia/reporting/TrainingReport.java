package uk.nhs.eia.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who can write assessments and is trained, how assessments differ by whether their author was trained when they
 * started them, and whose training runs out soon, for the part of the organisation a person sees, on {@code asOf},
 * worked out at {@code calculatedAt}.
 */
public record TrainingReport(ReportFilter filter, LocalDate asOf, Instant calculatedAt, List<AuthorsTrained> authorsTrained,
        AuthorsTrained allAuthors, List<QualityByTraining> qualityByTraining, List<ExpiringTraining> expiring) {

    /**
     * People in the EIA authors group who belong to a directorate, and how many of them have current training;
     * {@code percent} is null when there are none.
     */
    public record AuthorsTrained(String directorate, String name, long authors, long trained, Double percent) {
    }

    /**
     * Assessments whose author was trained, or not, when they started them ({@code trained} null: started before
     * training was kept); the mean quality score of those scored; automatic checks failed per scored assessment
     * apart from check 12, which is the training itself; and how often their quality reviews handed the work back.
     */
    public record QualityByTraining(Boolean trained, String label, long assessments, long scored, Double meanScore,
            Double meanChecksFailed, long reviews, long returned, Double returnPercent) {
    }

    /** Someone whose EIA training runs out within 90 days, and the directorates they belong to. */
    public record ExpiringTraining(String username, String name, LocalDate expiresOn, List<String> directorates) {
    }
}
