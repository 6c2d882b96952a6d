package uk.nhs.eia.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import uk.nhs.eia.refusal.Refusal;

/**
 * The engine wraps whatever its listeners, delegates and form handlers throw in exceptions of its own. Outermost
 * in every command, after the command has rolled back, this hands whoever called the engine the refusal a module
 * raised, as it was raised: our services, {@code /engine-rest} and Tasklist's API then answer it by its kind alone,
 * and none of them looks through an engine failure for it.
 */
@Component
class RefusalsAsThrown extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new Unwrap());
    }

    private static final class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                throw refusalIn(failure);
            }
        }

        private static RuntimeException refusalIn(RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refusal refusal) {
                    return refusal;
                }
            }
            return failure;
        }
    }
}
