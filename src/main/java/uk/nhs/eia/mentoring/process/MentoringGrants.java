package uk.nhs.eia.mentoring.process;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.roles.Groups;

/**
 * Lets programme leads open cohorts (from our pages or Tasklist) and read their cases, and coaches read the cases
 * whose calls they record. Members of a pair are given their steps by the engine itself, as candidates or assignees.
 */
@Component
@Order(2)
class MentoringGrants implements ApplicationRunner {

    private final AuthorizationService authorizations;

    MentoringGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        grant(Groups.MENTORING_LEADS, Resources.PROCESS_DEFINITION, MentoringProcess.KEY, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY);
        grant(Groups.MENTORING_LEADS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant(Groups.MENTORING_COACHES, Resources.PROCESS_DEFINITION, MentoringProcess.KEY, Permissions.READ);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
