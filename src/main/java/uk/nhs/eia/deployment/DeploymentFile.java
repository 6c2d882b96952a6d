package uk.nhs.eia.deployment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A file to deploy: a BPMN model ({@code .bpmn}), DMN decisions ({@code .dmn}) or a Camunda Form ({@code .form}). */
public record DeploymentFile(String name, byte[] content) {

    /** The files chosen, by the names they were sent with; models and forms are small, and read whole. */
    public static List<DeploymentFile> sent(List<MultipartFile> files) throws IOException {
        List<DeploymentFile> read = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                read.add(new DeploymentFile(file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename(),
                        file.getBytes()));
            }
        }
        return read;
    }

    public boolean isModel() {
        return name.endsWith(".bpmn");
    }

    public boolean isDecisions() {
        return name.endsWith(".dmn");
    }

    public boolean isForm() {
        return name.endsWith(".form");
    }
}
