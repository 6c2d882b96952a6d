package uk.nhs.eia.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.refusal.FieldError;

/**
 * A search of the assessments register: free text over reference and title, filters, a sort and a page. Every
 * filter is optional; {@link #of} refuses values that cannot match anything, naming the parameter.
 */
public record RegisterQuery(String text, AssessmentStatus status, String directorate, String outcome,
        String proposalType, Review review, Sort sort, boolean descending, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final Set<String> OUTCOMES = Stream.of(Choice.OUTCOME_NO_MAJOR_CHANGE, Choice.OUTCOME_ADJUST,
            Choice.OUTCOME_CONTINUE_DESPITE_IMPACT, Choice.OUTCOME_STOP).map(Choice::value).collect(Collectors.toSet());

    /** Reviews in the register: due in the next {@value #REVIEW_DUE_WITHIN_DAYS} days, or past their date. */
    public enum Review { DUE, OVERDUE }

    public static final int REVIEW_DUE_WITHIN_DAYS = 30;

    public enum Sort {
        UPDATED(Assessment_.UPDATED_AT), REFERENCE(Assessment_.ID), TITLE(Assessment_.TITLE), STATUS(Assessment_.STATUS),
        REVIEW_DATE(Assessment_.REVIEW_DATE);

        final String property;

        Sort(String property) {
            this.property = property;
        }
    }

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null, null, Sort.UPDATED, true, 0, DEFAULT_SIZE);
    }

    /**
     * Reads the parameters as people and clients send them (blank means "any").
     *
     * @throws AssessmentRefused naming each parameter that cannot be used
     */
    public static RegisterQuery of(String text, String status, String directorate, String outcome, String proposalType,
            String review, String sort, String order, Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        AssessmentStatus statusValue = parse(AssessmentStatus.class, "status", status, errors);
        Review reviewValue = parse(Review.class, "review", review, errors);
        Sort sortValue = parse(Sort.class, "sort", sort, errors);
        if (present(outcome) && !OUTCOMES.contains(outcome)) {
            errors.add(new FieldError("outcome", "Outcome must be one of " + String.join(", ", OUTCOMES.stream().sorted().toList())));
        }
        if (present(order) && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            errors.add(new FieldError("order", "Order must be asc or desc"));
        }
        if (page != null && page < 0) {
            errors.add(new FieldError("page", "Page must be 0 or more"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            errors.add(new FieldError("size", "Size must be between 1 and " + MAX_SIZE));
        }
        if (present(text) && text.length() > 200) {
            errors.add(new FieldError("q", "Search text must be 200 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new AssessmentRefused(errors);
        }
        Sort chosenSort = sortValue == null ? Sort.UPDATED : sortValue;
        boolean descending = present(order) ? order.equalsIgnoreCase("desc") : chosenSort == Sort.UPDATED;
        return new RegisterQuery(present(text) ? text.strip() : null, statusValue, blankToNull(directorate),
                blankToNull(outcome), blankToNull(proposalType), reviewValue, chosenSort, descending,
                page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        String constant = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(name, "%s must be one of %s".formatted(capitalised(name),
                    Arrays.stream(type.getEnumConstants()).map(RegisterQuery::parameterValue).collect(Collectors.joining(", ")))));
            return null;
        }
    }

    /** How an enum constant is written in a URL: {@code REVIEW_DATE} as {@code review-date}, statuses as they are. */
    public static String parameterValue(Enum<?> constant) {
        return constant instanceof AssessmentStatus ? constant.name() : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }
}
