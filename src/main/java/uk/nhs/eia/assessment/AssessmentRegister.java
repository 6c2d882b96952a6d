package uk.nhs.eia.assessment;

import static uk.nhs.eia.ServerClock.ENGLAND;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.TextSearch;
import uk.nhs.eia.assessment.AssessmentAccess.Reader;

/** Searches the assessments a person may read, with the register's filters, one page at a time. */
@Service
@Transactional(readOnly = true)
public class AssessmentRegister {

    private static final List<AssessmentStatus> REVIEWABLE = List.of(AssessmentStatus.PUBLISHED,
            AssessmentStatus.REVIEW_DUE, AssessmentStatus.SCREENED_OUT);

    private final Assessments assessments;
    private final Clock clock;
    private final EntityManager entities;

    AssessmentRegister(Assessments assessments, Clock clock, EntityManager entities) {
        this.assessments = assessments;
        this.clock = clock;
        this.entities = entities;
    }

    public Page<AssessmentView> search(Reader reader, RegisterQuery query) {
        return assessments.findAll(readableBy(reader).and(matching(query)), PageRequest.of(query.page(), query.size(), sortOf(query)))
                .map(AssessmentView.class::cast);
    }

    /** Every assessment the search finds, in its order and ignoring its page, one at a time so none are held in memory. */
    public void forEach(Reader reader, RegisterQuery query, Consumer<AssessmentView> row) {
        try (Stream<Assessment> found = assessments.findBy(readableBy(reader).and(matching(query)),
                search -> search.sortBy(sortOf(query)).stream())) {
            found.forEach(assessment -> {
                row.accept(assessment);
                entities.detach(assessment);
            });
        }
    }

    private static Sort sortOf(RegisterQuery query) {
        Sort.Direction direction = query.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, query.sort().property).and(Sort.by(Sort.Direction.DESC, Assessment_.ID));
    }

    private static Specification<Assessment> readableBy(Reader reader) {
        return (root, criteria, where) -> {
            if (reader.everything()) {
                return where.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            any.add(where.equal(root.get(Assessment_.author), reader.username()));
            any.add(where.equal(root.get(Assessment_.decisionMaker), reader.username()));
            if (!reader.directorates().isEmpty()) {
                any.add(root.get(Assessment_.directorate).in(reader.directorates()));
            }
            if (!reader.shared().isEmpty()) {
                any.add(root.get(Assessment_.id).in(reader.shared()));
            }
            return where.or(any.toArray(Predicate[]::new));
        };
    }

    private Specification<Assessment> matching(RegisterQuery query) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ENGLAND);
        return (root, criteria, where) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.text() != null) {
                String pattern = TextSearch.containing(query.text());
                all.add(where.or(where.like(where.lower(root.get(Assessment_.title)), pattern, TextSearch.ESCAPE),
                        where.like(where.lower(root.get(Assessment_.reference)), pattern, TextSearch.ESCAPE)));
            }
            if (query.status() != null) {
                all.add(where.equal(root.get(Assessment_.status), query.status()));
            }
            if (query.directorate() != null) {
                all.add(where.equal(root.get(Assessment_.directorate), query.directorate()));
            }
            if (query.outcome() != null) {
                all.add(where.equal(root.get(Assessment_.outcome), query.outcome()));
            }
            if (query.proposalType() != null) {
                all.add(where.equal(root.get(Assessment_.proposalType), query.proposalType()));
            }
            if (query.review() == RegisterQuery.Review.DUE) {
                all.add(root.get(Assessment_.status).in(REVIEWABLE));
                all.add(where.between(root.get(Assessment_.reviewDate), today,
                        today.plusDays(RegisterQuery.REVIEW_DUE_WITHIN_DAYS)));
            } else if (query.review() == RegisterQuery.Review.OVERDUE) {
                all.add(root.get(Assessment_.status).in(REVIEWABLE));
                all.add(where.lessThan(root.get(Assessment_.reviewDate), today));
            }
            return where.and(all.toArray(Predicate[]::new));
        };
    }
}
