package uk.nhs.eia.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The bank holidays that are not working days, read at start-up from a file in the format GOV.UK publishes at
 * {@code https://www.gov.uk/bank-holidays.json}, so a new year's holidays are a new file, not a release. A file that
 * cannot be read stops the start, naming the file and what is wrong, rather than letting due dates fall on holidays.
 */
@Component
public class BankHolidays {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final String division;
    private final List<Holiday> holidays;

    @Autowired
    BankHolidays(TaskSettings settings) {
        this(settings.bankHolidaysFile(), settings.bankHolidaysDivision());
    }

    BankHolidays(Resource file, String division) {
        this.source = file.getDescription();
        this.division = division;
        this.holidays = read(file, division);
    }

    /** Every holiday loaded, the earliest first. */
    public List<Holiday> all() {
        return holidays;
    }

    public String source() {
        return source;
    }

    public String division() {
        return division;
    }

    /** The last day the file covers: due dates after it count every weekday as a working day. */
    public LocalDate coveredUntil() {
        return holidays.isEmpty() ? null : holidays.get(holidays.size() - 1).date();
    }

    public WorkingDays workingDays() {
        Set<LocalDate> dates = holidays.stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
        return new WorkingDays(dates);
    }

    private static List<Holiday> read(Resource file, String division) {
        JsonNode root;
        try (InputStream in = file.getInputStream()) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("The bank holidays file %s cannot be read: %s".formatted(file.getDescription(),
                    e.getMessage()), e);
        }
        JsonNode events = root == null ? null : root.path(division).path("events");
        if (events == null || !events.isArray()) {
            throw new IllegalStateException("The bank holidays file %s has no \"%s\" division with a list of events, as "
                    .formatted(file.getDescription(), division) + "GOV.UK's bank-holidays.json has");
        }
        List<Holiday> read = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            try {
                read.add(new Holiday(LocalDate.parse(event.path("date").asText()), event.path("title").asText(""),
                        event.path("notes").asText("")));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("The bank holidays file %s has event %d of \"%s\" dated \"%s\", which is "
                        .formatted(file.getDescription(), i + 1, division, event.path("date").asText()) + "not a date like 2027-12-27");
            }
        }
        read.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(read);
    }

    /** A bank holiday, as the file names it; notes say when it is a substitute day. */
    public record Holiday(LocalDate date, String title, String notes) {
    }
}
