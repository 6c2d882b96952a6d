package uk.nhs.eia.deployment;

/** A small process of one step, as an eia-admin might make in Camunda Modeler, and its form, for deployment tests. */
final class SmallProcess {

    private SmallProcess() {
    }

    /** A process with one user task, "Ask", for eia-admins, showing a form, which its start event shows too. */
    static String model(String key, String taskName, String formRef) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://eia.nhs.uk/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start" camunda:formRef="%3$s" camunda:formRefBinding="deployment"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Ask" name="%2$s" camunda:formRef="%3$s" camunda:formRefBinding="deployment" camunda:candidateGroups="eia-admins"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:endEvent id="End"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Ask" />
                    <bpmn:sequenceFlow id="f2" sourceRef="Ask" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, taskName, formRef);
    }

    /** A form with one question, "What do you need?", held under {@code request}. */
    static String form(String id, String componentType) {
        return form(id, componentType, false);
    }

    static String form(String id, String componentType, boolean required) {
        return """
                {"id": "%s", "type": "default", "components": [
                  {"type": "%s", "key": "request", "id": "Field_request", "label": "What do you need?",
                   "properties": {"errorName": "what you need"}, "validate": {"required": %s, "maxLength": 200}}
                ]}""".formatted(id, componentType, required);
    }
}
