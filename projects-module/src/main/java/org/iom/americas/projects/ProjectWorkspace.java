package org.iom.americas.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iom.americas.kernel.audit.AuditChain;
import org.iom.americas.kernel.audit.AuditEntry;
import org.iom.americas.kernel.audit.AuditRecord;
import org.iom.americas.kernel.document.CheckedFile;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.projects.entity.JointProject;
import org.iom.americas.projects.entity.ProjectDocument;
import org.iom.americas.projects.entity.ProjectDocumentContent;
import org.iom.americas.projects.entity.ProjectParticipant;

/**
 * A project's shared workspace: the documents its partners exchange and the timeline of everything that happened
 * to it. Documents are read by everyone signed in, like the project; IOM and the project's participants share
 * them. The timeline is for IOM and the participants, who work on the project together.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class ProjectWorkspace {

    /** The newest steps a timeline shows; the audit pages hold the rest. */
    static final int TIMELINE_LENGTH = 200;

    /** The records whose changes belong on a project's timeline, each with the query of its ids. */
    private static final Map<String, String> PARTS = Map.of(
            "ProjectParticipant", "SELECT p.id FROM ProjectParticipant p WHERE p.projectId = :project",
            "ProjectFunding", "SELECT f.id FROM ProjectFunding f WHERE f.projectId = :project",
            "ProjectIndicator", "SELECT i.id FROM ProjectIndicator i WHERE i.projectId = :project",
            "ActivityReport", "SELECT r.id FROM ActivityReport r WHERE r.projectId = :project",
            "ProjectDocument", "SELECT d.id FROM ProjectDocument d WHERE d.projectId = :project");

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    /**
     * Shares a file in the workspace. Its type is decided from its content and must agree with its name's
     * ending; anything too large or of another type is refused before a byte is stored.
     */
    public ProjectDocumentView share(long projectId, String fileName, byte[] content) {
        JointProject project = project(projectId);
        Caller caller = Caller.of(security);
        if (!takesPart(project, caller)) {
            throw new EJBAccessException("IOM and the project's participants share its documents");
        }
        CheckedFile file = CheckedFile.inspect(fileName, content);
        ProjectDocument document = new ProjectDocument(projectId, file, caller.accountId(),
                AuditChain.organisationOf(caller));
        em.persist(document);
        em.flush();
        em.persist(new ProjectDocumentContent(document.id(), content));
        em.flush();
        return view(document);
    }

    public List<ProjectDocumentView> documents(long projectId) {
        project(projectId);
        return em.createNamedQuery("ProjectDocument.findByProject", ProjectDocument.class)
                .setParameter("project", projectId).getResultStream().map(ProjectWorkspace::view).toList();
    }

    public ProjectDocumentFile download(long projectId, long documentId) {
        project(projectId);
        ProjectDocument document = em.find(ProjectDocument.class, documentId);
        if (document == null || document.projectId() != projectId) {
            throw new RecordNotFoundException("ProjectDocument", documentId);
        }
        return new ProjectDocumentFile(view(document),
                em.find(ProjectDocumentContent.class, documentId).content());
    }

    /** Whether the caller follows the project's timeline: IOM, and the organisations that take part in it. */
    public boolean follows(long projectId) {
        return takesPart(project(projectId), Caller.of(security));
    }

    /** The project's changes and those of its partners, funding, indicators, reports and documents, newest first. */
    public List<TimelineEvent> timeline(long projectId) {
        JointProject project = project(projectId);
        if (!takesPart(project, Caller.of(security))) {
            throw new EJBAccessException("the timeline is for IOM and the project's participants");
        }
        StringBuilder jpql = new StringBuilder(
                "SELECT e FROM AuditEntry e WHERE (e.recordType = 'JointProject' AND e.recordId = :project)");
        Map<String, List<String>> ids = new LinkedHashMap<>();
        PARTS.forEach((type, query) -> {
            List<String> of = em.createQuery(query, Long.class).setParameter("project", projectId)
                    .getResultStream().map(String::valueOf).toList();
            if (!of.isEmpty()) {
                ids.put(type, of);
                jpql.append(" OR (e.recordType = '").append(type).append("' AND e.recordId IN :").append(type)
                        .append(')');
            }
        });
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY e.seq DESC").toString(),
                AuditEntry.class).setParameter("project", Long.toString(projectId)).setMaxResults(TIMELINE_LENGTH);
        ids.forEach(query::setParameter);
        List<TimelineEvent> events = new ArrayList<>();
        for (AuditEntry entry : query.getResultList()) {
            AuditRecord r = entry.record();
            events.add(new TimelineEvent(r.seq(), r.occurredAt(), r.action(), r.recordType(), r.recordId(),
                    r.actorOrganisation(), newValues(r.changes())));
        }
        return events;
    }

    /** Each changed field with the value it took (an update's "new", a creation's value). */
    private static Map<String, String> newValues(String changes) {
        Map<String, String> values = new LinkedHashMap<>();
        if (changes == null || changes.isBlank()) {
            return values;
        }
        try (JsonReader reader = SharedJson.reader(changes)) {
            JsonObject fields = reader.readObject();
            fields.forEach((field, value) -> values.put(field, text(
                    value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().containsKey("new")
                            ? value.asJsonObject().get("new") : value)));
        }
        return values;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString()
                : value.getValueType() == JsonValue.ValueType.NULL ? "" : value.toString();
    }

    private boolean takesPart(JointProject project, Caller caller) {
        if (caller.isIom()) {
            return true;
        }
        if (caller.organisationId() == null) {
            return false;
        }
        long organisation = caller.organisationId();
        return em.createNamedQuery("ProjectParticipant.findByProject", ProjectParticipant.class)
                .setParameter("project", project.id()).getResultStream()
                .anyMatch(p -> p.agencyId() != null && caller.isAgency(p.agencyId())
                        || p.governmentId() != null && caller.isGovernment(p.governmentId()))
                || project.leadAgencyId() != null && project.leadAgencyId() == organisation
                && caller.isAgency(organisation);
    }

    private JointProject project(long id) {
        return Optional.ofNullable(em.find(JointProject.class, id))
                .orElseThrow(() -> new RecordNotFoundException(JointProjects.RECORD_TYPE, id));
    }

    private static ProjectDocumentView view(ProjectDocument d) {
        return new ProjectDocumentView(d.id(), d.projectId(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(),
                d.uploaderOrganisation(), d.createdAt());
    }
}
