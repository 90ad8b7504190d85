package org.iom.americas.web.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iom.americas.kernel.security.Roles;

/**
 * Runs an import in the background, as the importer (the EJB container carries the caller to an asynchronous
 * method), writing its progress as it goes. All-or-nothing first checks every row on its own and imports nothing if
 * any is wrong; then applies all rows in one transaction.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    /** How often the progress is written: every this many rows. */
    static final int PROGRESS_EVERY = 25;

    @EJB
    ImportRows rows;

    @EJB
    ImportJobs jobs;

    @Asynchronous
    public void run(long jobId, ImportKind kind, ImportMode mode, List<ImportRow> file, Locale locale) {
        try {
            List<RowOutcome> outcomes = new ArrayList<>();
            boolean alone = mode != ImportMode.ALL_OR_NOTHING;
            for (ImportRow row : file) {
                // all-or-nothing checks each row first, as a dry run would
                outcomes.add(rows.applyAlone(kind, row, mode != ImportMode.ROW_BY_ROW, locale));
                if (outcomes.size() % PROGRESS_EVERY == 0) {
                    jobs.progress(jobId, outcomes.size());
                }
            }
            boolean imported = mode != ImportMode.DRY_RUN;
            if (!alone) {
                boolean wrong = outcomes.stream().anyMatch(o -> o.result() == RowOutcome.Result.REJECTED);
                if (!wrong) {
                    List<RowOutcome> together = rows.applyTogether(kind, file, locale);
                    // rows that only fail together (two rows of one new record): the first refusal is reported
                    wrong = together.stream().anyMatch(o -> o.result() == RowOutcome.Result.REJECTED);
                    outcomes = wrong ? merge(outcomes, together) : together;
                }
                imported = !wrong;
            }
            jobs.finish(jobId, outcomes, imported, imported || mode == ImportMode.DRY_RUN);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "import " + jobId + " failed", failure);
            jobs.fail(jobId, failure.getClass().getSimpleName());
        }
    }

    private static List<RowOutcome> merge(List<RowOutcome> checked, List<RowOutcome> together) {
        RowOutcome refused = together.get(together.size() - 1);
        return checked.stream().map(o -> o.row() == refused.row() ? refused : o).toList();
    }
}
