package uk.nhs.eia.assessment;

/** Where an assessment stands, in the words the record shows. */
public enum AssessmentStatus {
    IN_PROGRESS("In progress", "nhsuk-tag--blue"),
    SCREENED_OUT("Screened out", "nhsuk-tag--grey"),
    REJECTED("Rejected", "nhsuk-tag--red"),
    WITHDRAWN("Withdrawn", "nhsuk-tag--grey"),
    PUBLISHED("Published", "nhsuk-tag--green"),
    REVIEW_DUE("Review due", "nhsuk-tag--orange");

    private final String label;
    private final String tagColour;

    AssessmentStatus(String label, String tagColour) {
        this.label = label;
        this.tagColour = tagColour;
    }

    /** The NHS design system tag modifier that shows this status. */
    public String tagColour() {
        return tagColour;
    }

    public String label() {
        return label;
    }
}
