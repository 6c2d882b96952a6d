package uk.nhs.eia.demo.process;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRecords.NewSession;

/**
 * On the first start of a demo installation, two past training sessions, imported as an administrator would: the
 * author and the equality lead are trained, the decision-maker's training runs out within 90 days, and the second
 * author has none, so the demo shows both policies' effects and the training reports have something to say.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "eia.demo.enabled", havingValue = "true")
class DemoTraining implements ApplicationRunner {

    static final String ADMIN = "admin";

    private final TrainingRecords records;
    private final DelegateImport imports;
    private final Clock clock;

    DemoTraining(TrainingRecords records, DelegateImport imports, Clock clock) {
        this.records = records;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!records.sessions().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        LocalDate introduction = today.minusMonths(14);
        var first = records.createSession(new NewSession("Equality impact assessments: why and how", introduction,
                "Leah Morgan", "in-person", 180, 20), ADMIN);
        imports.importCsv("""
                username,completedOn,name,trainer
                author,%1$s,,no
                lead,%1$s,,yes
                ,%1$s,Priya Shah (Healthwatch),no
                """.formatted(introduction), first.id(), ADMIN);
        LocalDate forDecisionMakers = today.minusYears(3).plusDays(45);
        var second = records.createSession(new NewSession("EIAs for decision-makers", forDecisionMakers,
                "Leah Morgan", "online", 90, 12), ADMIN);
        imports.importCsv("""
                username,completedOn
                approver,%s
                """.formatted(forDecisionMakers), second.id(), ADMIN);
    }
}
