package uk.nhs.eia.people.process;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.ProcessGrants;
import uk.nhs.eia.roles.Groups;

/**
 * Makes sure the groups exist and hold the engine grants that Tasklist and {@code /engine-rest} need, on every
 * start and in every profile. Grants to assignees and candidate groups of tasks are added by the engine itself.
 */
@Component
@Order(1)
class GroupsAndGrants implements ApplicationRunner, ProcessGrants {

    static final String PROCESS_KEY = Step.PROCESS_KEY;
    static final String SCREENING_DECISION_KEY = "screening-decision";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final String adminId;

    GroupsAndGrants(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks,
            @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
        this.identity = identity;
        this.adminId = adminId;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        Groups.ALL.forEach(this::ensureGroup);
        if (identity.createUserQuery().userId(adminId).count() > 0
                && identity.createUserQuery().userId(adminId).memberOfGroup(Groups.ADMINS).count() == 0) {
            identity.createMembership(adminId, Groups.ADMINS);
        }
        for (String group : Groups.ALL) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ);
        }
        grant(Groups.AUTHORS, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.AUTHORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant(Groups.AUTHORS, Resources.DECISION_DEFINITION, SCREENING_DECISION_KEY, Permissions.CREATE_INSTANCE);
        grant(Groups.COMPLIANCE, Resources.PROCESS_DEFINITION, PROCESS_KEY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(Groups.ADMINS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.ADMINS, Resources.APPLICATION, "admin", Permissions.ACCESS);
        ensureFilter("My tasks", "Tasks assigned to you", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter("My team's tasks", "Unclaimed tasks for your groups; claim one to work on it", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    }

    @Override
    public void mayRun(String group, String processKey) {
        grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    @Override
    public void maySee(String group, String processKey) {
        grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
    }

    private void ensureGroup(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(Groups.nameOf(id));
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
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

    private void ensureFilter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                    .setOwner(adminId)
                    .setQuery(query)
                    .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
            filters.saveFilter(filter);
        }
        for (String group : Groups.ALL) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
