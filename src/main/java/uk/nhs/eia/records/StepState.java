package uk.nhs.eia.records;

/** Where one step of an assessment stands, in the words of the NHS task list pattern. */
public enum StepState {
    COMPLETED("Completed", null),
    IN_PROGRESS("In progress", "nhsuk-tag--blue"),
    CANNOT_START_YET("Cannot start yet", null),
    NOT_NEEDED("Not needed", null);

    private final String label;
    private final String tagColour;

    StepState(String label, String tagColour) {
        this.label = label;
        this.tagColour = tagColour;
    }

    public String label() {
        return label;
    }

    /** The tag colour when the state is shown as a tag; plain text otherwise. */
    public String tagColour() {
        return tagColour;
    }
}
