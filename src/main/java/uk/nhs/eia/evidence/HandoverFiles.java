package uk.nhs.eia.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import uk.nhs.eia.CsvCells;
import uk.nhs.eia.contract.Step;

/**
 * An assessment's files laid out for whoever takes it over, or audits it, without the service: a folder per step and
 * version, a manifest of who attached what and when, and a checksum list that {@code sha256sum -c} reads.
 */
@Service
public class HandoverFiles {

    /** What the export's README says about its files, for someone checking them offline. */
    public static final String README = """
            files/<step>/v<version>/  every file attached to that step in that version of the assessment
            files/manifest.csv        each file: path, name, step, version, type, size in bytes, SHA-256, who attached
                                      it and when, when it was submitted with its step, and whether its author and
                                      the equality lead cleared it for the public register
            files/SHA256SUMS          the SHA-256 of each file as it was recorded when it was attached

            To check the files offline: in the files folder, run "sha256sum -c SHA256SUMS" (Linux),
            "shasum -a 256 -c SHA256SUMS" (macOS) or, in PowerShell, "Get-FileHash -Algorithm SHA256 <file>" and compare
            with the manifest. The same hashes are in the EVIDENCE_ATTACHED events of audit-events.json, whose seals
            prove they were recorded then.
            """;

    private static final String FOLDER = "files/";
    private static final List<String> MANIFEST_HEADER = List.of("path", "name", "step", "version", "type", "sizeBytes",
            "sha256", "uploadedBy", "uploadedAt", "submittedAt", "clearedForPublication", "publicationAgreedBy");

    private final EvidenceFiles files;

    HandoverFiles(EvidenceFiles files) {
        this.files = files;
    }

    /** Writes every file of the assessment, its manifest and checksums into the ZIP, for someone who may read it. */
    public void addTo(ZipOutputStream zip, Long assessmentId, String username) throws IOException {
        Map<EvidenceFile, String> paths = pathsOf(files.of(assessmentId, username));
        for (Map.Entry<EvidenceFile, String> file : paths.entrySet()) {
            zip.putNextEntry(new ZipEntry(FOLDER + file.getValue()));
            try (InputStream content = files.downloadOf(file.getKey()).content()) {
                content.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(FOLDER + "manifest.csv"));
        zip.write(manifest(paths).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(FOLDER + "SHA256SUMS"));
        StringBuilder sums = new StringBuilder();
        paths.forEach((file, path) -> sums.append(file.sha256()).append("  ").append(path).append('\n'));
        zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Each file's place under files/: its step's folder and version, and its name, made unique within the folder. */
    private static Map<EvidenceFile, String> pathsOf(List<EvidenceFile> all) {
        Map<EvidenceFile, String> paths = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (EvidenceFile file : all) {
            String folder = Step.byKey(file.step()).map(Step::formId).orElse(file.step()) + "/v" + file.assessmentVersion() + "/";
            String path = folder + file.fileName();
            if (!taken.add(path)) {
                path = folder + file.id() + "-" + file.fileName();
                taken.add(path);
            }
            paths.put(file, path);
        }
        return paths;
    }

    private static String manifest(Map<EvidenceFile, String> paths) {
        StringWriter out = new StringWriter();
        CSVPrinter printer = CsvCells.printer(out);
        CsvCells.line(printer, MANIFEST_HEADER);
        paths.forEach((file, path) -> CsvCells.line(printer, List.of(path, file.fileName(), file.stepName(),
                String.valueOf(file.assessmentVersion()), file.mediaType(), String.valueOf(file.sizeBytes()), file.sha256(),
                file.uploadedBy(), file.uploadedAt().toString(),
                file.submittedAt() == null ? "" : file.submittedAt().toString(), String.valueOf(file.cleared()),
                file.publicationAgreedBy() == null ? "" : file.publicationAgreedBy())));
        return out.toString();
    }
}
