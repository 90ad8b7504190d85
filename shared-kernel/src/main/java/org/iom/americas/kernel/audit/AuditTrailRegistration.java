package org.iom.americas.kernel.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.iom.americas.kernel.persistence.CooperationRecord;

/**
 * Puts the audit listener on every entity that is a cooperation record, whichever module it belongs to: a module
 * cannot forget to audit. Named in the persistence unit ({@code eclipselink.session.customizer}).
 */
public class AuditTrailRegistration implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditTrailListener listener = new AuditTrailListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (CooperationRecord.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }
}
