package uk.nhs.eia.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;

/**
 * On the first start of a demo installation, fills the evidence library as an equality lead would: a few current
 * sources, one past its review date, and groups left without evidence, so the library's flags show at once.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "eia.demo.enabled", havingValue = "true")
class DemoSources implements ApplicationRunner {

    private static final String LEAD = "lead";

    private final EvidenceLibrary library;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoSources(EvidenceLibrary library, JdbcClient jdbc, Clock clock) {
        this.library = library;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from eia_evidence_source").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        add("Census 2021: age and sex by local authority", "Office for National Statistics", "2022-06-28",
                "https://www.ons.gov.uk/census", "England and Wales", today.plusYears(2), List.of("age", "sex"));
        add("Census 2021: ethnic group and religion by local authority", "Office for National Statistics", "2022-11-29",
                "https://www.ons.gov.uk/census", "England and Wales", today.plusYears(2), List.of("race", "religionBelief"));
        add("Joint strategic needs assessment", "The county council", today.minusMonths(8).toString(),
                "https://www.example.gov.uk/jsna", "The county", today.plusMonths(10),
                List.of("disability", "carers", "lowIncome", "deprivedAreas", "remoteRural"));
        add("NHS Staff Survey results for the trust", "NHS England", today.minusMonths(9).toString(),
                "https://www.nhsstaffsurveys.com/results/", "The trust", today.plusMonths(3),
                List.of("race", "disability", "sex", "sexualOrientation"));
        add("Patient experience survey", "The trust", "2022-03-01", "https://www.example.nhs.uk/patient-survey",
                "The trust's catchment", today.minusMonths(2), List.of("disability", "literacy", "age"));
    }

    private void add(String title, String publisher, String publishedOn, String link, String area, LocalDate reviewBy,
            List<String> groups) {
        library.add(new SourceDetails(title, publisher, publishedOn, link, area, reviewBy.toString(), groups, null), LEAD);
    }
}
