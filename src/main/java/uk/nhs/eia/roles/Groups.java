package uk.nhs.eia.roles;

import java.util.List;

/** The groups that decide what each person may do. */
public final class Groups {

    public static final String AUTHORS = "eia-authors";
    public static final String EQUALITY_LEADS = "equality-leads";
    public static final String APPROVERS = "approvers";
    public static final String COMPLIANCE = "compliance";
    public static final String ADMINS = "eia-admins";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Those who run the reciprocal mentoring programme's cohorts. */
    public static final String MENTORING_LEADS = "mentoring-leads";
    /** Those who hold coaching calls with mentoring pairs. */
    public static final String MENTORING_COACHES = "mentoring-coaches";

    public static final List<String> ALL = List.of(AUTHORS, EQUALITY_LEADS, APPROVERS, COMPLIANCE, ADMINS, MENTORING_LEADS,
            MENTORING_COACHES);

    private Groups() {
    }

    public static String nameOf(String groupId) {
        return switch (groupId) {
            case AUTHORS -> "EIA authors";
            case EQUALITY_LEADS -> "Equality leads";
            case APPROVERS -> "Approvers";
            case COMPLIANCE -> "Compliance";
            case ADMINS -> "EIA administrators";
            case MENTORING_LEADS -> "Mentoring programme leads";
            case MENTORING_COACHES -> "Mentoring coaches";
            default -> groupId;
        };
    }
}
