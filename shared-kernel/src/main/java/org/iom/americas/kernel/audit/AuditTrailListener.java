package org.iom.americas.kernel.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.security.Caller;

/**
 * Writes the audit entry of every insert, update and delete of a cooperation record, through the connection and
 * transaction of the change itself: a change that rolls back takes its entry with it, and an entry never exists
 * without its change. The entry waits, pending, until {@link AuditChain#seal} links it onto the chain after the
 * commit; the change's transaction takes no lock on the chain.
 */
public class AuditTrailListener extends DescriptorEventAdapter {

    /** Attributes every update touches: recording them would only add noise. */
    private static final Set<String> UNINTERESTING = Set.of("version", "updatedAt");
    private static final String REDACTED = "[redacted]";

    @Override
    public void postInsert(DescriptorEvent event) {
        append(event, "CREATE", snapshot(event));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        Map<String, Object> changes = changes(event);
        if (!changes.isEmpty()) {
            append(event, changes.keySet().stream().anyMatch(attribute -> annotated(event.getDescriptor(),
                    attribute, LifecycleState.class)) ? "TRANSITION" : "UPDATE", changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        append(event, "DELETE", snapshot(event));
    }

    private static void append(DescriptorEvent event, String action, Map<String, Object> changes) {
        AuditChain.append(statementsOf(event.getSession()), currentCaller(), action,
                event.getDescriptor().getJavaClass().getSimpleName(),
                String.valueOf(event.getSession().getId(event.getObject())), json(changes));
    }

    /** The session of the write: its connection and transaction are the change's own. */
    private static AuditChain.Statements statementsOf(AbstractSession session) {
        return new AuditChain.Statements() {
            @Override
            public List<Object[]> query(String sql, Object... arguments) {
                List<Object[]> rows = new ArrayList<>();
                for (Object row : (Vector<?>) session.executeQuery(bind(new DataReadQuery(), sql, arguments),
                        new Vector<>(Arrays.asList(arguments)))) {
                    rows.add(((DatabaseRecord) row).getValues().toArray());
                }
                return rows;
            }

            @Override
            public void update(String sql, Object... arguments) {
                session.executeQuery(bind(new DataModifyQuery(), sql, arguments),
                        new Vector<>(Arrays.asList(arguments)));
            }
        };
    }

    /** EclipseLink names its arguments: each {@code ?} becomes {@code #P1}, {@code #P2}, ... in order. */
    private static <Q extends DatabaseQuery> Q bind(Q query, String sql, Object[] arguments) {
        query.setCall(new SQLCall(named(sql, arguments.length)));
        for (int i = 1; i <= arguments.length; i++) {
            query.addArgument("P" + i);
        }
        return query;
    }

    private static String named(String sql, int count) {
        StringBuilder named = new StringBuilder();
        int argument = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                named.append("#P").append(++argument);
            } else {
                named.append(c);
            }
        }
        if (argument != count) {
            throw new IllegalArgumentException(count + " arguments for " + argument + " placeholders: " + sql);
        }
        return named.toString();
    }

    private static Caller currentCaller() {
        try {
            return Caller.of(CDI.current().select(SecurityContext.class).get());
        } catch (IllegalStateException noContainer) {
            return Caller.of(new NoSecurityContext());
        }
    }

    private static Map<String, Object> snapshot(DescriptorEvent event) {
        Map<String, Object> values = new TreeMap<>();
        ClassDescriptor descriptor = event.getDescriptor();
        Object record = event.getObject();
        AbstractSession session = event.getSession();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            String attribute = mapping.getAttributeName();
            if (UNINTERESTING.contains(attribute)) {
                continue;
            }
            Object value = mapping.getRealAttributeValueFromObject(record, session);
            if (mapping.isObjectReferenceMapping()) {
                value = value == null ? null : session.getId(value);
            }
            values.put(attribute, redacted(descriptor, attribute) ? REDACTED : plain(value));
        }
        return values;
    }

    private static Map<String, Object> changes(DescriptorEvent event) {
        Map<String, Object> changes = new TreeMap<>();
        // after the update the change set is the write query's, not the event's
        ObjectChangeSet changeSet = (ObjectChangeSet) (event.getChangeSet() != null ? event.getChangeSet()
                : event.getQuery() instanceof WriteObjectQuery write ? write.getObjectChangeSet() : null);
        if (changeSet == null) {
            return changes;
        }
        for (ChangeRecord change : changeSet.getChanges()) {
            String attribute = change.getAttribute();
            if (UNINTERESTING.contains(attribute)) {
                continue;
            }
            Object oldValue;
            Object newValue;
            if (change instanceof DirectToFieldChangeRecord direct) {
                oldValue = direct.getOldValue();
                newValue = direct.getNewValue();
            } else if (change instanceof ObjectReferenceChangeRecord reference) {
                oldValue = reference.getOldValue() == null ? null : event.getSession().getId(reference.getOldValue());
                newValue = reference.getNewValue() == null ? null : reference.getNewValue().getId();
            } else if (change instanceof DirectCollectionChangeRecord collection) {
                oldValue = plain(collection.getRemoveObjectList());
                newValue = plain(collection.getAddObjectList());
            } else if (change instanceof CollectionChangeRecord collection) {
                oldValue = collection.getRemoveObjectList().size() + " removed";
                newValue = collection.getAddObjectList().size() + " added";
            } else {
                oldValue = null;
                newValue = String.valueOf(change);
            }
            boolean hidden = redacted(event.getDescriptor(), attribute);
            changes.put(attribute, Map.of("old", hidden ? REDACTED : String.valueOf(plain(oldValue)),
                    "new", hidden ? REDACTED : String.valueOf(plain(newValue))));
        }
        return changes;
    }

    private static boolean redacted(ClassDescriptor descriptor, String attribute) {
        return annotated(descriptor, attribute, Redacted.class);
    }

    private static boolean annotated(ClassDescriptor descriptor, String attribute,
                                     Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Class<?> type = descriptor.getJavaClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(attribute);
                return field.isAnnotationPresent(annotation);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return false;
    }

    private static Object plain(Object value) {
        if (value instanceof Collection<?> collection) {
            Set<String> sorted = new TreeSet<>();
            collection.forEach(element -> sorted.add(String.valueOf(element)));
            return sorted.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static String json(Map<String, Object> values) {
        JsonObjectBuilder object = SharedJson.objectBuilder();
        values.forEach((attribute, value) -> {
            if (value == null) {
                object.addNull(attribute);
            } else if (value instanceof Map<?, ?> change) {
                JsonObjectBuilder oldAndNew = SharedJson.objectBuilder();
                new TreeMap<>((Map<String, Object>) change).forEach((k, v) -> oldAndNew.add(k, String.valueOf(v)));
                object.add(attribute, oldAndNew);
            } else {
                object.add(attribute, String.valueOf(value));
            }
        });
        return object.build().toString();
    }
}
