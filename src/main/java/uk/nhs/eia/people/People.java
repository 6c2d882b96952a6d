package uk.nhs.eia.people;

import java.util.List;

/** Who is who: the people directory as the rest of the application sees it. */
public interface People {

    boolean isApprover(String username);

    List<String> groupsOf(String username);
}
