package uk.nhs.eia.tasks;

import java.util.List;

/** The open steps a person can work on. */
public interface TaskList {

    int PAGE = 50;

    List<OpenTask> assignedTo(String username);

    List<OpenTask> claimableBy(List<String> groups);
}
