package uk.nhs.eia.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.nhs.eia.forms.FormDefinition;

/**
 * The check start-up runs on the assessment process, offered for models about to be deployed: whether the model,
 * its decisions and its forms still agree with what the code knows of them.
 */
public interface ProcessContract {

    /**
     * Every way the files disagree with the contract, each naming the file and the key; empty when they agree, or
     * when none of them holds the assessment process ({@link Step#PROCESS_KEY}).
     *
     * @param files BPMN models and DMN decisions, by file name
     * @param forms the forms deployed with them
     */
    List<String> disagreements(Map<String, byte[]> files, Collection<FormDefinition> forms);
}
