package uk.nhs.eia.refusal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.refusal.Refusal;

/**
 * Every refusal a page meets that the page does not answer itself (by showing its form again with an error
 * summary), as the NHS error page with the status an API client would get: what is missing says only that the
 * page is not found, so nobody learns what exists; anything else says what happened and where to put it right.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class RefusalPages {

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Model model, HttpServletResponse response) {
        int status = refusal.status();
        response.setStatus(status);
        model.addAttribute("status", status);
        if (!(refusal instanceof NotFound)) {
            model.addAttribute("heading", refusal.title());
            model.addAttribute("message", refusal.getMessage());
            refusal.remedy().ifPresent(remedy -> model.addAttribute("remedy", remedy));
        }
        return "error";
    }
}
