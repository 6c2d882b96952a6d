package uk.nhs.eia.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ReportFixture} for tests of the reports' doors, in other packages. */
public final class ReportFixtures {

    public static final String DIRECTORATE = ReportFixture.DIRECTORATE;

    private ReportFixtures() {
    }

    public static void write(JdbcClient jdbc) {
        new ReportFixture(jdbc).write();
    }
}
