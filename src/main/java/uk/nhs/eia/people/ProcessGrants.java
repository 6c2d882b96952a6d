package uk.nhs.eia.people;

/**
 * What a group may do with a process at the engine's own doors (Tasklist, {@code /engine-rest}), for a module that
 * brings a process of its own. Steps are granted to their assignees and candidates by the engine itself.
 */
public interface ProcessGrants {

    /** Members may see the process, start cases of it, and read its cases, their steps and their history. */
    void mayRun(String group, String processKey);

    /** Members may see the process. */
    void maySee(String group, String processKey);
}
