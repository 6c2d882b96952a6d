package uk.nhs.eia.forms.process;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormSchemaReader;
import uk.nhs.eia.forms.FormVersions;

/** Each version of a form as the engine deployed it, read once; a deployed version never changes. */
@Component
class DeployedFormVersions implements FormVersions {

    private final ProcessEngineConfigurationImpl engine;
    private final FormCatalogue catalogue;
    private final FormSchemaReader reader = new FormSchemaReader();
    private final Map<String, Optional<FormDefinition>> read = new ConcurrentHashMap<>();

    DeployedFormVersions(ProcessEngineConfigurationImpl engine, FormCatalogue catalogue) {
        this.engine = engine;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<FormDefinition> of(String formId, int version) {
        return read.computeIfAbsent(formId + "@" + version, key -> deployed(formId, version))
                .or(() -> catalogue.find(formId));
    }

    private Optional<FormDefinition> deployed(String formId, int version) {
        return Optional.ofNullable(engine.getCommandExecutorTxRequired().execute(context -> {
            CamundaFormDefinitionEntity definition = context.getCamundaFormDefinitionManager()
                    .findDefinitionByKeyVersionAndTenantId(formId, version, null);
            if (definition == null) {
                return null;
            }
            byte[] schema = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName())
                    .getBytes();
            return reader.read(definition.getResourceName(), new ByteArrayInputStream(schema));
        }));
    }
}
