package uk.nhs.eia.mentoring;

/** Where a cohort is in the programme. */
public enum Stage {
    OPEN("Open for applications"),
    PAIRING("Pairing"),
    RUNNING("Running"),
    FINISHED("Finished");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
