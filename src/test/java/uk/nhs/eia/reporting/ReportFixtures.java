package uk.nhs.eia.reporting;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ReportFixture} for tests of the reports' doors, in other packages. */
public final class ReportFixtures {

    public static final String DIRECTORATE = ReportFixture.DIRECTORATE;

    private ReportFixtures() {
    }

    public static void write(ApplicationContext context) {
        new ReportFixture(context.getBean(JdbcClient.class), context.getBean(Recount.class)).write();
    }
}
