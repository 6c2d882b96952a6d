package uk.nhs.eia.demo.process;

import static uk.nhs.eia.contract.Choice.OUTCOME_ADJUST;
import static uk.nhs.eia.contract.Choice.OUTCOME_NO_MAJOR_CHANGE;
import static uk.nhs.eia.contract.Choice.PROPOSAL_TYPE_BUDGET_SAVINGS;
import static uk.nhs.eia.contract.Choice.PROPOSAL_TYPE_POLICY;
import static uk.nhs.eia.contract.Choice.PROPOSAL_TYPE_SERVICE_CHANGE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.legacy.LegacyImport;

/**
 * On the first start of a demo installation, three assessments from the trust's earlier records, imported as an
 * administrator would after the demo's own: one whose review date has passed, so its author has the Review step at
 * once; one decided this year that adds to the cuts hitting older and disabled people in operations; and one due for
 * review within the month, so its author is reminded.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = {"eia.demo.enabled", "eia.demo.assessments"}, havingValue = "true")
class DemoImports implements ApplicationRunner {

    private final LegacyImport imports;
    private final Clock clock;

    DemoImports(LegacyImport imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (imports.anyImported()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        List<Earlier> earlier = List.of(
                new Earlier("OPS-2023-014", "Closure of the Elm ward day room", PROPOSAL_TYPE_SERVICE_CHANGE,
                        today.minusMonths(30), OUTCOME_ADJUST, today.minusMonths(2), ImpactGroup.AGE, ImpactGroup.DISABILITY),
                new Earlier("OPS-2026-031", "Patient transport eligibility criteria", PROPOSAL_TYPE_BUDGET_SAVINGS,
                        today.minusMonths(5), OUTCOME_ADJUST, today.plusMonths(7), ImpactGroup.AGE, ImpactGroup.DISABILITY,
                        ImpactGroup.CARERS),
                new Earlier("OPS-2022-007", "Staff rota and shift-swap policy", PROPOSAL_TYPE_POLICY,
                        today.minusYears(3), OUTCOME_NO_MAJOR_CHANGE, today.plusDays(20), ImpactGroup.SEX,
                        ImpactGroup.PREGNANCY_AND_MATERNITY));
        StringBuilder records = new StringBuilder(String.join(",", LegacyImport.COLUMNS)).append('\n');
        earlier.forEach(record -> records.append(record.row()).append('\n'));
        byte[] documents = documents(earlier);
        imports.importAll(new ByteArrayInputStream(records.toString().getBytes(StandardCharsets.UTF_8)),
                () -> new ByteArrayInputStream(documents), DemoTraining.ADMIN);
    }

    /** Each record's assessment as the trust kept it then: a short text, named after its reference. */
    private static byte[] documents(List<Earlier> earlier) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Earlier record : earlier) {
                zip.putNextEntry(new ZipEntry(record.reference() + "/" + record.reference() + " equality analysis.txt"));
                zip.write(("Equality analysis: " + record.title() + "\n\nDecided " + record.decided()
                        + ". Kept on the team's shared drive before this service.\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private record Earlier(String reference, String title, Choice type, LocalDate decided, Choice outcome,
            LocalDate review, ImpactGroup... groups) {

        String row() {
            return String.join(",", reference, title, "operations", type.value(), "author", "approver", decided.toString(),
                    outcome.value(), review.toString(), String.join(";", Arrays.stream(groups).map(ImpactGroup::key).toList()));
        }
    }
}
