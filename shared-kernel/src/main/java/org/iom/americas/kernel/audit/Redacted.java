package org.iom.americas.kernel.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field whose value never enters the audit trail (a password hash): its changes are recorded as "[redacted]". */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Redacted {
}
