package org.iom.americas.web.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one row: created, updated, unchanged (it matched a record as it is), or rejected with its
 * problems, each naming the column; in a dry run, what would become of it. {@code recordId} names the record.
 */
public record RowOutcome(int row, Result result, Long recordId, List<CellProblem> problems) implements Serializable {

    public enum Result {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** A problem in one cell (or in the row, when {@code column} is {@code null}). */
    public record CellProblem(String column, String message) implements Serializable {
    }

    static RowOutcome rejected(int row, List<CellProblem> problems) {
        return new RowOutcome(row, Result.REJECTED, null, List.copyOf(problems));
    }
}
