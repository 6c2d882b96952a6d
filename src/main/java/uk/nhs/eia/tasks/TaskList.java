package uk.nhs.eia.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The open steps a person can work on, soonest due first. */
public interface TaskList {

    int PAGE = 50;

    /** Steps given to the person, and the author's steps of assessments shared with them. */
    List<OpenTask> assignedTo(String username);

    /** The steps of one assessment's process given to the person or shared with them, however many others they have. */
    List<OpenTask> assignedTo(String username, String processInstanceId);

    List<OpenTask> claimableBy(List<String> groups);

    /** The open task with this id, if there is one. */
    Optional<OpenTask> find(String taskId);

    /** Those of these tasks still open, read together. */
    List<OpenTask> stillOpen(Collection<String> taskIds);

    /** The steps open now on one assessment's process, for its record. */
    List<OpenTask> openOn(String processInstanceId);
}
