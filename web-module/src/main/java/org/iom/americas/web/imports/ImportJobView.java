package org.iom.americas.web.imports;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An import as its importer follows it: where it stands ({@code RUNNING}, {@code DONE}, {@code FAILED}), how far it
 * is ({@code processedRows} of {@code totalRows}), what it did, and, once done, each row's outcome. In an
 * all-or-nothing import that met a wrong row, {@code imported} is false and nothing was kept.
 */
public record ImportJobView(long id, ImportKind kind, ImportMode mode, String fileName, String state,
                            int totalRows, int processedRows, int created, int updated, int unchanged, int rejected,
                            boolean imported, String failure, Instant startedAt, Instant finishedAt,
                            List<RowOutcome> outcomes) implements Serializable {

    public int percent() {
        return totalRows == 0 ? 100 : processedRows * 100 / totalRows;
    }
}
