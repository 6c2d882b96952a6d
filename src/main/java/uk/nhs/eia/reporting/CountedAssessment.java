package uk.nhs.eia.reporting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** One assessment as the roll-up counts it: the cell it is counted in, and what it adds there. */
record CountedAssessment(long id, Cell cell, Tallies tallies) {

    /** What these assessments add, cell by cell. */
    static Map<Cell, Tallies> byCell(Collection<CountedAssessment> assessments) {
        Map<Cell, Tallies> sums = new HashMap<>();
        assessments.forEach(counted -> sums.computeIfAbsent(counted.cell(), cell -> Tallies.none()).addAll(counted.tallies()));
        return sums;
    }
}
