package uk.nhs.eia.evidence;

import java.util.List;

/** The files one step held in one version of an assessment, as the record lists them. */
public record FileGroup(String stepName, int version, List<EvidenceFile> files) {
}
