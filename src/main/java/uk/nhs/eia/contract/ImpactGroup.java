package uk.nhs.eia.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The groups whose impact an assessment rates: the nine protected characteristics of the Equality Act 2010 and
 * the groups NHS England names as facing health inequalities. Each has its own questions on the impact assessment
 * form, named after its {@code key}: code reads them through {@link #impact()}, {@link #rationale()} and
 * {@link #evidence()}, never by gluing a key together, and start-up checks the form still has them.
 */
public enum ImpactGroup {
    AGE("age", Kind.PROTECTED_CHARACTERISTIC),
    DISABILITY("disability", Kind.PROTECTED_CHARACTERISTIC),
    GENDER_REASSIGNMENT("genderReassignment", Kind.PROTECTED_CHARACTERISTIC),
    MARRIAGE_AND_CIVIL_PARTNERSHIP("marriageCivilPartnership", Kind.PROTECTED_CHARACTERISTIC),
    PREGNANCY_AND_MATERNITY("pregnancyMaternity", Kind.PROTECTED_CHARACTERISTIC),
    RACE("race", Kind.PROTECTED_CHARACTERISTIC),
    RELIGION_OR_BELIEF("religionBelief", Kind.PROTECTED_CHARACTERISTIC),
    SEX("sex", Kind.PROTECTED_CHARACTERISTIC),
    SEXUAL_ORIENTATION("sexualOrientation", Kind.PROTECTED_CHARACTERISTIC),
    LOOKED_AFTER_CHILDREN("lookedAfterChildren", Kind.HEALTH_INEQUALITY_GROUP),
    CARERS("carers", Kind.HEALTH_INEQUALITY_GROUP),
    HOMELESSNESS("homelessness", Kind.HEALTH_INEQUALITY_GROUP),
    CRIMINAL_JUSTICE("criminalJustice", Kind.HEALTH_INEQUALITY_GROUP),
    ADDICTIONS("addictions", Kind.HEALTH_INEQUALITY_GROUP),
    LOW_INCOME("lowIncome", Kind.HEALTH_INEQUALITY_GROUP),
    LITERACY("literacy", Kind.HEALTH_INEQUALITY_GROUP),
    DEPRIVED_AREAS("deprivedAreas", Kind.HEALTH_INEQUALITY_GROUP),
    REMOTE_RURAL("remoteRural", Kind.HEALTH_INEQUALITY_GROUP),
    REFUGEES_ASYLUM("refugeesAsylum", Kind.HEALTH_INEQUALITY_GROUP),
    OTHER_LOCAL_GROUPS("otherLocalGroups", Kind.HEALTH_INEQUALITY_GROUP);

    /** The step whose form asks about every group. */
    public static final Step STEP = Step.IMPACT_ASSESSMENT;

    private final String key;
    private final Kind kind;

    ImpactGroup(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The group as reports and rows of {@code eia_impact} name it, and the start of its questions' keys. */
    public String key() {
        return key;
    }

    /** The key of the rating of the group's impact: one of the {@link Choice}s of an impact. */
    public String impact() {
        return key + "Impact";
    }

    /** The key of why the author rated the impact as they did. */
    public String rationale() {
        return key + "Rationale";
    }

    /** The key of the evidence behind the rating, or the author's "No evidence because ...". */
    public String evidence() {
        return key + "Evidence";
    }

    /** The keys of the group's questions that code reads. */
    public List<String> fields() {
        return List.of(impact(), rationale(), evidence());
    }

    /** How pages and findings name the group, in lower case: "marriage and civil partnership". */
    public String label() {
        return switch (this) {
            case REFUGEES_ASYLUM -> "refugees and asylum seekers";
            case REMOTE_RURAL -> "people in remote and rural areas";
            case OTHER_LOCAL_GROUPS -> "other local groups";
            case CRIMINAL_JUSTICE -> "people in the criminal justice system";
            default -> name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The group with this key, as reports, the library and imports name it. */
    public static Optional<ImpactGroup> byKey(String key) {
        return Arrays.stream(values()).filter(group -> group.key.equals(key)).findFirst();
    }

    public static List<ImpactGroup> of(Kind kind) {
        return Arrays.stream(values()).filter(group -> group.kind == kind).toList();
    }

    public enum Kind {
        PROTECTED_CHARACTERISTIC, HEALTH_INEQUALITY_GROUP
    }
}
