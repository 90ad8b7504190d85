package org.iom.americas.web.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;

/**
 * Where an import starts and is followed. The file is read at once (an unreadable file, or one without a required
 * column, is refused before any job exists); its rows are then applied in the background while the importer
 * watches the progress. Administrators import agencies (they keep the register); coordinators and agencies
 * import projects and activity reports, within the rights each row's module gives them.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
public class BulkImports {

    @Inject
    SecurityContext security;

    @EJB
    ImportJobs jobs;

    @EJB
    ImportRunner runner;

    public ImportJobView start(@NotNull ImportKind kind, @NotNull ImportMode mode, String fileName, byte[] content,
                               Locale locale) {
        Caller caller = Caller.of(security);
        if (kind == ImportKind.AGENCIES && caller.role() != Role.ADMIN) {
            throw new EJBAccessException("only administrators keep the register of agencies");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "validation.import.empty");
        }
        String name = org.iom.americas.kernel.document.AttachmentInspection.safeName(fileName);
        List<ImportRow> rows = ImportSheet.read(kind, name, content);
        long id = jobs.open(kind, mode, name, caller.accountId(), rows.size());
        runner.run(id, kind, mode, rows, locale);
        return find(id);
    }

    /** The caller's own import (an administrator's: any). */
    public ImportJobView find(long id) {
        Caller caller = Caller.of(security);
        return jobs.find(id, caller.role() == Role.ADMIN ? null : caller.accountId())
                .orElseThrow(() -> new RecordNotFoundException("ImportJob", id));
    }
}
