package uk.nhs.eia;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and times as pages show them, in English time whatever the server's zone: "3 March 2027, 14:05". */
@Component("dates")
public class EnglishDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant moment) {
        return moment == null ? "" : DATE.format(moment.atZone(ENGLAND));
    }

    /** For tables, where a long month would wrap: "3 Mar 2027". */
    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    public String shortDate(Instant moment) {
        return moment == null ? "" : SHORT_DATE.format(moment.atZone(ENGLAND));
    }

    /** How long something took, as people say it: "under an hour", "5 hours", "1 day", "12 days". */
    public String duration(Duration duration) {
        long hours = duration.toHours();
        if (hours < 1) {
            return "under an hour";
        }
        if (hours < 24) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long days = duration.toDays();
        return days == 1 ? "1 day" : days + " days";
    }

    public String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(ENGLAND));
    }
}
