package uk.nhs.eia.people.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.Groups;
import uk.nhs.eia.people.People;

/** People as the engine's identity service knows them: one directory for our pages and the Camunda webapps. */
@Component
class EnginePeople implements People {

    private final IdentityService identity;

    EnginePeople(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean isApprover(String username) {
        return identity.createUserQuery().userId(username).memberOfGroup(Groups.APPROVERS).count() > 0;
    }

    @Override
    public List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }
}
