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

    public static final List<String> ALL = List.of(AUTHORS, EQUALITY_LEADS, APPROVERS, COMPLIANCE, ADMINS);

    private Groups() {
    }

    public static String nameOf(String groupId) {
        return switch (groupId) {
            case AUTHORS -> "EIA authors";
            case EQUALITY_LEADS -> "Equality leads";
            case APPROVERS -> "Approvers";
            case COMPLIANCE -> "Compliance";
            case ADMINS -> "EIA administrators";
            default -> groupId;
        };
    }
}
