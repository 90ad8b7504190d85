package org.iom.americas.kernel.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The state of a record's lifecycle (a request's status, a project's phase): a change of it is audited as a
 * {@code TRANSITION}, so an auditor can list the decisions apart from ordinary edits.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface LifecycleState {
}
