package uk.nhs.eia.legacy;

import java.util.List;

/** What an import kept: how many assessments, their references, and how many documents with them. */
public record ImportedAssessments(int assessments, int documents, List<String> references) {
}
