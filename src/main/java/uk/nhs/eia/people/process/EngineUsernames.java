package uk.nhs.eia.people.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine refuses, as a failure of its own, a user id its pattern does not match: letters and digits only, unless
 * told otherwise. Our usernames may also hold dots, hyphens and underscores, so the engine is given our rule, and a
 * username the People page accepts is one the engine stores.
 */
@Component
class EngineUsernames extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setUserResourceWhitelistPattern(EngineUserAccounts.USERNAME.pattern());
    }
}
