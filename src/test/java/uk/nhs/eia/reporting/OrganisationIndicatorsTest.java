package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.reporting.Indicators.Indicator;

/** The organisation's indicators against {@link ReportFixture}, worked out by hand on 15 June 2026. */
@EiaSpringBootTest
@Transactional
class OrganisationIndicatorsTest {

    @Autowired
    OrganisationIndicators indicators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recount recount;

    @BeforeEach
    void writeFixture() {
        new ReportFixture(jdbc, recount).write();
    }

    @Test
    void measuresEachIndicatorOverTheAssessmentsItConcerns() {
        Indicators measured = indicators.of(ReportScope.directorates(ReportFixture.DIRECTORATE), ReportFilter.none(),
                ReportFixture.AS_OF);

        assertThat(measured.indicators()).extracting(Indicator::id, Indicator::value).containsExactly(
                // 7 not withdrawn; current: 3 (review 1 July), 5 (25 July), 8 (1 September)
                tuple("current", 42.9),
                // 5 with review dates; 4 and 7 past theirs
                tuple("past-review", 40.0),
                // sign-offs of 3 and 4 came after an accepted quality review; 7's before it
                tuple("reviewed-before-approval", 66.7),
                // 5 completed; 3, 4 and 7 published
                tuple("published", 60.0),
                // decision 9.5 days after completion for 3 and 5, 5.5 days before it for 4
                tuple("days-before-decision", 9.5),
                // past due: 3's not-started and done actions, 4's in-progress one
                tuple("actions-on-time", 33.3),
                tuple("authors-trained", null),
                // one return over 3, 4 and 7
                tuple("returns-per-assessment", 0.3));
        assertThat(measured.indicators()).filteredOn(indicator -> indicator.id().equals("days-before-decision"))
                .extracting(Indicator::basis).containsExactly("of 3 assessments completed here with a planned decision date; 1 completed after it");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
