package uk.nhs.eia.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.tasks.BankHolidays;
import uk.nhs.eia.tasks.BankHolidays.Holiday;

/** The bank holidays due dates skip, for eia-admins. */
@RestController
@AdminsOnly
class BankHolidaysApi {

    private final BankHolidays holidays;

    BankHolidaysApi(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @Operation(summary = "The bank holidays loaded", description = "{source, division, coveredUntil, holidays: [{date, "
            + "title, notes}]} as read at start-up from eia.tasks.bank-holidays-file, a file in GOV.UK's "
            + "bank-holidays.json format. Due dates after coveredUntil count every weekday as a working day.")
    @GetMapping("/api/admin/bank-holidays")
    Loaded loaded() {
        return new Loaded(holidays.source(), holidays.division(), holidays.coveredUntil(), holidays.all());
    }

    record Loaded(String source, String division, LocalDate coveredUntil, List<Holiday> holidays) {
    }
}
