package uk.nhs.eia.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface Assessments extends Repository<Assessment, Long>, JpaSpecificationExecutor<Assessment> {

    Assessment save(Assessment assessment);

    /** Saves a new assessment at once, so the events and rows that refer to it can be written straight after. */
    Assessment saveAndFlush(Assessment assessment);

    Optional<Assessment> findById(Long id);

    boolean existsByReference(String reference);

    List<Assessment> findByAuthorOrderByUpdatedAtDesc(String author, Pageable page);

    List<Assessment> findByProcessInstanceIdIn(List<String> processInstanceIds);

    List<Assessment> findByIdIn(Collection<Long> ids);
}
