package uk.nhs.eia.tasks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.tasks.BankHolidays;

/** Which bank holidays due dates skip, and the file they were read from, for eia-admins. */
@Controller
@AdminsOnly
class BankHolidaysPage {

    private final BankHolidays holidays;

    BankHolidaysPage(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @GetMapping("/admin/bank-holidays")
    String holidays(Model model) {
        model.addAttribute("holidays", holidays);
        return "admin/bank-holidays";
    }
}
