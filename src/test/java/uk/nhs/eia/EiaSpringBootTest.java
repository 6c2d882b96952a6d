package uk.nhs.eia;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database and a real port, with demo people, no demo assessments,
 * timers under test control, mail sent to a real SMTP server in the test (GreenMail), and a database a test can cut
 * off for a while ({@link UnreachableDatabase}). Every test of the application uses this one configuration, so they
 * share one application context: the engine registers itself by name for its REST API and webapps, and a second
 * context in the same JVM would take that name over.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestMailServer.class, UnreachableDatabase.InTheApplication.class})
public @interface EiaSpringBootTest {
}
