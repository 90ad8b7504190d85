package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iom.americas.kernel.audit.ChainVerification;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.web.i18n.Messages;
import org.iom.americas.web.platform.AuditEntryView;
import org.iom.americas.web.platform.AuditFilter;
import org.iom.americas.web.platform.AuditTrail;

/**
 * The administrators' audit trail page: the filters are query parameters (a filtered view is a URL an auditor can
 * be sent), the period is a range of UTC days, and the chain can be verified from here.
 */
@Named
@RequestScoped
public class AuditBacking {

    static final int PAGE_SIZE = 50;
    static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "TRANSITION", "SECURITY");

    @Inject
    AuditTrail trail;

    @Inject
    LanguageBacking language;

    private String recordType;
    private String recordId;
    private String actor;
    private String organisation;
    private String action;
    private String from;
    private String to;
    private String cursor;
    private Page<AuditEntryView> page;
    private ChainVerification.Result verification;

    public void load() {
        if (!AdministratorsOnly.admitted()) {
            return;
        }
        AuditFilter filter = filter();
        page = ViewParameters.pageAt(cursor, PAGE_SIZE, request -> trail.entries(filter, request),
                () -> cursor = null);
    }

    private AuditFilter filter() {
        Instant start = day(from);
        Instant endDay = day(to);
        String known = action != null && ACTIONS.contains(action) ? action : null;
        return new AuditFilter(recordType, recordId, actor, organisation, known, start,
                endDay == null ? null : endDay.plusSeconds(86_400));
    }

    /** A day typed as yyyy-mm-dd, from its UTC midnight; anything else is no bound rather than a broken page. */
    private static Instant day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    public void verify() {
        verification = trail.verify();
        String text = verification.intact()
                ? Messages.text(language.getLocale(), "audit.verify.intact", verification.checked())
                : Messages.text(language.getLocale(), "audit.verify.broken", verification.firstBrokenSeq(),
                        verification.reason());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(verification.intact()
                ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, text));
    }

    /**
     * A record's own history, newest first, for its page; empty for anyone but an administrator (the page shows the
     * timeline only to them).
     */
    public List<AuditEntryView> history(String type, Object id) {
        if (id == null || !FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole(org.iom.americas.kernel.security.Roles.ADMIN)) {
            return List.of();
        }
        return trail.entries(new AuditFilter(type, String.valueOf(id), null, null, null, null, null),
                PageRequest.first(PAGE_SIZE)).items();
    }

    public List<AuditEntryView> getEntries() {
        if (page == null) {
            load();
        }
        return page == null ? List.of() : page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    /** The changed fields of an entry, each with its old and new value (a created record has only new ones). */
    public static List<FieldChange> changesOf(AuditEntryView entry) {
        List<FieldChange> changes = new ArrayList<>();
        JsonObject json = entry.changes();
        if (json == null) {
            return changes;
        }
        json.forEach((field, value) -> {
            if (value instanceof JsonObject oldAndNew) {
                changes.add(new FieldChange(field, text(oldAndNew.get("old")), text(oldAndNew.get("new"))));
            } else {
                changes.add(new FieldChange(field, null, text(value)));
            }
        });
        return changes;
    }

    public List<FieldChange> changes(AuditEntryView entry) {
        return changesOf(entry);
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }

    /** The export of what the page shows: the same filters, every page of them, as CSV. */
    public String getCsvLink() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("format", "csv");
        AuditFilter filter = filter();
        put(query, "recordType", filter.recordType());
        put(query, "recordId", filter.recordId());
        put(query, "actor", filter.actor());
        put(query, "organisation", filter.organisation());
        put(query, "action", filter.action());
        put(query, "from", filter.from() == null ? null : filter.from().toString());
        put(query, "to", filter.to() == null ? null : filter.to().toString());
        StringBuilder link = new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()).append("/api/audit");
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.strip());
        }
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    public ChainVerification.Result getVerification() {
        return verification;
    }

    /** One changed field of an audit entry. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
