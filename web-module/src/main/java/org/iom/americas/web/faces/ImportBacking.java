package org.iom.americas.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.web.imports.BulkImports;
import org.iom.americas.web.imports.ImportJobView;
import org.iom.americas.web.imports.ImportKind;
import org.iom.americas.web.imports.ImportMode;
import org.iom.americas.web.imports.RowOutcome;

/**
 * The import page: choose what the file holds and how to import it, upload it, then watch the job (the page
 * refreshes itself while it runs, without script) and read each refused row's problems by row and column.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulkImports imports;

    @Inject
    LanguageBacking language;

    private Long job;
    private ImportJobView view;
    private ImportKind kind = ImportKind.REPORTS;
    private ImportMode mode = ImportMode.DRY_RUN;
    private transient Part file;

    public void load() {
        if (job == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            view = imports.find(job);
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    public String upload() {
        if (file == null) {
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            ImportJobView started = imports.start(kind, mode, file.getSubmittedFileName(),
                    content.readNBytes(25 * 1024 * 1024 + 1), language.getLocale());
            return "/import.xhtml?faces-redirect=true&job=" + started.id();
        } catch (IOException unreadable) {
            FacesProblems.show(new java.io.UncheckedIOException(unreadable), "upload", language.getLocale());
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "upload", language.getLocale());
        }
        return null;
    }

    /** The rows with problems, for the table under the counts. */
    public List<RowOutcome> getRejected() {
        return view == null ? List.of() : view.outcomes().stream()
                .filter(o -> o.result() == RowOutcome.Result.REJECTED).toList();
    }

    public boolean isRunning() {
        return view != null && "RUNNING".equals(view.state());
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public ImportJobView getView() {
        return view;
    }

    public Long getJob() {
        return job;
    }

    public void setJob(Long job) {
        this.job = job;
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
