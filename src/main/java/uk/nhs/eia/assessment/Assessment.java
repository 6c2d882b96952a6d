package uk.nhs.eia.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One Equality Impact Assessment, kept whatever its outcome. Reassessment adds versions to the same record. Package-private
 * so that only this module changes it or depends on its mapping; other modules read it as an {@link AssessmentView}.
 */
@Entity
@Table(name = "eia_assessment")
class Assessment implements AssessmentView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    @SequenceGenerator(name = "assessment_seq", sequenceName = "eia_assessment_seq", allocationSize = 1)
    private Long id;
    private String reference;
    private int version = 1;
    private String title;
    private String proposalType;
    private String changeKind;
    private String directorate;
    private String team;
    private String author;
    private String decisionMaker;
    private LocalDate plannedDecisionDate;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus status = AssessmentStatus.IN_PROGRESS;
    private String currentStep;
    private String processInstanceId;
    private Boolean fullAssessmentRequired;
    private String screeningReason;
    private LocalDate reviewDate;
    private String outcome;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant completedAt;
    private Boolean authorTrained;
    private boolean imported;
    @Version
    private long lockVersion;

    protected Assessment() {
    }

    Assessment(ProposalDetails proposal, String processInstanceId, Instant now) {
        this.title = proposal.title();
        this.proposalType = proposal.proposalType();
        this.changeKind = proposal.changeKind();
        this.directorate = proposal.directorate();
        this.team = proposal.team();
        this.author = proposal.author();
        this.decisionMaker = proposal.decisionMaker();
        this.plannedDecisionDate = proposal.plannedDecisionDate();
        this.processInstanceId = processInstanceId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An assessment made before this service, as its record was kept then: decided, published and due for review. */
    static Assessment imported(HistoricAssessment historic, Instant now) {
        Assessment assessment = new Assessment();
        assessment.reference = historic.reference();
        assessment.title = historic.title();
        assessment.proposalType = historic.proposalType();
        assessment.directorate = historic.directorate();
        assessment.author = historic.author();
        assessment.decisionMaker = historic.decisionMaker();
        assessment.plannedDecisionDate = historic.decisionDate();
        assessment.outcome = historic.outcome();
        assessment.reviewDate = historic.reviewDate();
        assessment.fullAssessmentRequired = true;
        Instant decided = historic.decisionDate().atStartOfDay(uk.nhs.eia.ServerClock.ENGLAND).toInstant();
        assessment.status = historic.reviewDate().isAfter(historic.decisionDate())
                && !historic.reviewDate().isAfter(LocalDate.ofInstant(now, uk.nhs.eia.ServerClock.ENGLAND))
                ? AssessmentStatus.REVIEW_DUE : AssessmentStatus.PUBLISHED;
        assessment.createdAt = decided;
        assessment.completedAt = decided;
        assessment.publishedAt = decided;
        assessment.updatedAt = now;
        assessment.imported = true;
        return assessment;
    }

    void joinProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void authorTrained(boolean trained) {
        this.authorTrained = trained;
    }

    void issueReference(int year) {
        this.reference = "EIA-%d-%04d".formatted(year, id);
    }

    void stepStarted(String step, Instant now) {
        currentStep = step;
        if (status == AssessmentStatus.PUBLISHED) {
            status = AssessmentStatus.REVIEW_DUE;
        }
        updatedAt = now;
    }

    void screeningDecided(boolean fullAssessment, String reason, Instant now) {
        fullAssessmentRequired = fullAssessment;
        screeningReason = reason;
        updatedAt = now;
    }

    void close(AssessmentStatus outcome, Instant now) {
        status = outcome;
        currentStep = null;
        updatedAt = now;
        if (outcome != AssessmentStatus.WITHDRAWN) {
            completedAt = now;
        }
    }

    void publish(LocalDate reviewDate, Instant now) {
        this.status = AssessmentStatus.PUBLISHED;
        this.reviewDate = reviewDate;
        this.publishedAt = now;
        this.completedAt = now;
        this.currentStep = null;
        this.updatedAt = now;
    }

    void scheduleReview(LocalDate reviewDate, Instant now) {
        this.status = AssessmentStatus.PUBLISHED;
        this.reviewDate = reviewDate;
        this.currentStep = null;
        this.updatedAt = now;
    }

    void scheduleReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    void outcomeChosen(String outcome, Instant now) {
        this.outcome = outcome;
        this.updatedAt = now;
    }

    void handOverTo(String newAuthor, Instant now) {
        this.author = newAuthor;
        this.updatedAt = now;
    }

    void startNewVersion(Instant now) {
        version++;
        outcome = null;
        status = AssessmentStatus.IN_PROGRESS;
        fullAssessmentRequired = null;
        screeningReason = null;
        updatedAt = now;
    }

    /** Every field of the record, one per line, for the audit trail's hash of its state after a change. */
    public String auditState() {
        return String.join("\n", "reference=" + reference, "version=" + version, "title=" + title,
                "proposalType=" + proposalType, "changeKind=" + changeKind, "directorate=" + directorate, "team=" + team,
                "author=" + author, "decisionMaker=" + decisionMaker, "plannedDecisionDate=" + plannedDecisionDate,
                "status=" + status, "currentStep=" + currentStep, "processInstanceId=" + processInstanceId,
                "fullAssessmentRequired=" + fullAssessmentRequired, "screeningReason=" + screeningReason,
                "reviewDate=" + reviewDate, "outcome=" + outcome, "createdAt=" + createdAt, "publishedAt=" + publishedAt,
                "completedAt=" + completedAt, "authorTrained=" + authorTrained);
    }

    @Override
    public Boolean getAuthorTrained() {
        return authorTrained;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public boolean isImported() {
        return imported;
    }

    @Override
    public String getReference() {
        return reference;
    }

    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getProposalType() {
        return proposalType;
    }

    @Override
    public String getChangeKind() {
        return changeKind;
    }

    @Override
    public String getDirectorate() {
        return directorate;
    }

    @Override
    public String getTeam() {
        return team;
    }

    @Override
    public String getAuthor() {
        return author;
    }

    @Override
    public String getDecisionMaker() {
        return decisionMaker;
    }

    @Override
    public LocalDate getPlannedDecisionDate() {
        return plannedDecisionDate;
    }

    @Override
    public AssessmentStatus getStatus() {
        return status;
    }

    @Override
    public String getCurrentStep() {
        return currentStep;
    }

    @Override
    public String getProcessInstanceId() {
        return processInstanceId;
    }

    @Override
    public Boolean getFullAssessmentRequired() {
        return fullAssessmentRequired;
    }

    @Override
    public String getScreeningReason() {
        return screeningReason;
    }

    @Override
    public LocalDate getReviewDate() {
        return reviewDate;
    }

    @Override
    public String getOutcome() {
        return outcome;
    }

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public Instant getPublishedAt() {
        return publishedAt;
    }

    @Override
    public Instant getCompletedAt() {
        return completedAt;
    }
}
