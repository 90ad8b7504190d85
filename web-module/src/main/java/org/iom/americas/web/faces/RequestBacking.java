package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.AttachmentView;
import org.iom.americas.partners.RequestAction;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.partners.ReferenceItem;
import org.iom.americas.partners.RequestMessageView;
import org.iom.americas.web.i18n.Messages;

/**
 * One request with its conversation and files, and the moves its reader may make now: the page offers exactly
 * the actions the boundary says are allowed, and the boundary checks them again.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "actions";

    @Inject
    AssistanceRequests requests;

    @Inject
    ReferenceCatalog reference;

    @Inject
    LanguageBacking language;

    private Long id;
    private AssistanceRequestView request;
    private List<RequestMessageView> messages;
    private List<AttachmentView> attachments;
    private String note;
    private String message;
    private transient Part file;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException("AssistanceRequest", "");
            }
            refresh();
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    private void refresh() {
        request = requests.find(id);
        messages = requests.messages(id);
        attachments = requests.attachments(id);
    }

    public void act(String action) {
        try {
            requests.act(id, RequestAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_')), note);
            note = null;
            info("request.action.done." + action);
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, FORM, language.getLocale());
        }
        refresh();
    }

    public void post() {
        try {
            requests.post(id, message);
            message = null;
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "thread", language.getLocale());
        }
        refresh();
    }

    public void upload() {
        if (file == null) {
            return;
        }
        try (InputStream content = file.getInputStream()) {
            requests.attach(id, file.getSubmittedFileName(), content.readNBytes(25 * 1024 * 1024 + 1));
            info("request.attachment.kept");
        } catch (IOException unreadable) {
            FacesProblems.show(new java.io.UncheckedIOException(unreadable), "files", language.getLocale());
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "files", language.getLocale());
        }
        refresh();
    }

    private void info(String key) {
        String text = Messages.text(language.getLocale(), key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The request's IOM areas by their names in the reader's language. */
    public String getAreaNames() {
        if (request == null) {
            return "";
        }
        return reference.iomAreas(language.getLocale()).stream().filter(a -> request.iomAreas().contains(a.code()))
                .map(ReferenceItem::name).collect(java.util.stream.Collectors.joining(" · "));
    }

    public boolean allows(String action) {
        return request != null && request.allowedActions().contains(action);
    }

    public boolean isEditable() {
        return request != null && request.allowedActions().contains("submit")
                || request != null && request.allowedActions().contains("resubmit");
    }

    public AssistanceRequestView getRequest() {
        return request;
    }

    public List<RequestMessageView> getMessages() {
        return messages;
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
