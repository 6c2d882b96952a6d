package uk.nhs.eia.assessment.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.util.Date;
import org.springframework.stereotype.Component;

/** Turns the review date chosen in a form into the moment the review timer fires: the start of that day. */
@Component("reviewSchedule")
public class ReviewSchedule {

    public Date reviewDue(Object reviewDate) {
        return Date.from(ProcessVariables.toLocalDate(reviewDate).atStartOfDay(ENGLAND).toInstant());
    }
}
