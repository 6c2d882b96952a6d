package uk.nhs.eia.tasks.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.process.EngineForms;
import uk.nhs.eia.roles.Groups;

/**
 * What a person may ask of the engine, whichever door they use: a step is completed with its form's questions and
 * nothing else; a case starts at its start form with the proposal's questions and nothing else; a step is claimed
 * for oneself, and put back only into a team's queue; a step ends only by being completed. So nobody names
 * themselves or anyone else author or decision-maker, points a case at another record, hands a step to someone,
 * starts a case halfway through, or ends a step with an error or escalation event. The engine's own permissions
 * cannot say this: whoever may complete or claim a step may send any variables with it, or claim it for anyone.
 * Administrators may still hand a step to someone to repair a stuck case (the engine's doors audit it); the service
 * itself, running timers and its own steps, is not a person here.
 */
@Component
class PeopleWorkThroughSteps extends AbstractProcessEnginePlugin {

    private final EngineForms forms;

    PeopleWorkThroughSteps(EngineForms forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Guard());
    }

    private class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            Authentication person = context == null ? null : context.getAuthentication();
            if (person != null && person.getUserId() != null) {
                check(command, context, person);
            }
            return next.execute(command);
        }

        private void check(Command<?> command, CommandContext context, Authentication person) {
            if (command instanceof ResolveTaskCmd) {
                throw new AuthorizationException("Steps are not delegated here, so there is none to resolve: "
                        + "complete the step with its form");
            }
            if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
                throw new AuthorizationException("A step ends only when its form is submitted");
            }
            if (command instanceof StartProcessInstanceAtActivitiesCmd) {
                throw new AuthorizationException("A case starts at its start form, with the answers to it");
            }
            if (command instanceof CompleteTaskCmd) {
                Map<String, Object> sent = field(command, CompleteTaskCmd.class, "variables");
                TaskEntity task = context.getTaskManager().findTaskById(field(command, CompleteTaskCmd.class, "taskId"));
                if (sent != null && task != null) {
                    forms.refuseUnknownKeys(task, sent.keySet());
                }
            }
            if (command instanceof StartProcessInstanceCmd) {
                ProcessInstantiationBuilderImpl start = field(command, StartProcessInstanceCmd.class, "instantiationBuilder");
                if (start.getVariables() != null) {
                    forms.refuseUnknownStartKeys(definitionOf(start), start.getVariables().keySet());
                }
            }
            if (command instanceof ClaimTaskCmd) {
                String claimant = field(command, ClaimTaskCmd.class, "userId");
                TaskEntity task = context.getTaskManager().findTaskById(field(command, ClaimTaskCmd.class, "taskId"));
                if (claimant == null) {
                    checkMayPutBack(task, person);
                } else if (!claimant.equals(person.getUserId())) {
                    throw new AuthorizationException("You can claim a step only for yourself");
                }
            }
            if (command instanceof AssignTaskCmd && !person.getGroupIds().contains(Groups.ADMINS)) {
                TaskEntity task = context.getTaskManager().findTaskById(field(command, AbstractSetTaskPropertyCmd.class, "taskId"));
                if (field(command, AbstractSetTaskPropertyCmd.class, "value") != null) {
                    throw new AuthorizationException("Steps are handed on by the process, not by people: "
                            + "claim a step from your team's tasks instead");
                }
                checkMayPutBack(task, person);
            }
        }

        /** A step goes back only from the person who holds it, and only into a team's queue, never to nobody. */
        private static void checkMayPutBack(TaskEntity task, Authentication person) {
            if (task == null) {
                return;
            }
            if (!Objects.equals(task.getAssignee(), person.getUserId())) {
                throw new AuthorizationException("Only the person working on a step can put it back in their team's tasks");
            }
            if (task.getIdentityLinks().stream().noneMatch(link -> link.getGroupId() != null)) {
                throw new AuthorizationException("This step is yours alone; there is no team queue to put it back in");
            }
        }

        private static ProcessDefinitionEntity definitionOf(ProcessInstantiationBuilderImpl start) {
            var cache = Context.getProcessEngineConfiguration().getDeploymentCache();
            return start.getProcessDefinitionId() != null
                    ? cache.findDeployedProcessDefinitionById(start.getProcessDefinitionId())
                    : cache.findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey());
        }
    }

    /**
     * What a command was given. Camunda 7.24 is the last of its line, so these fields stay as they are; the tests
     * of every door fail at once if one were renamed.
     */
    @SuppressWarnings("unchecked")
    private static <T> T field(Object command, Class<?> declaredIn, String name) {
        try {
            Field field = declaredIn.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The engine's " + declaredIn.getSimpleName() + " has no field " + name, e);
        }
    }
}
