/**
 * The persistence conventions every module shares: UTC instants, optimistic versions, audit timestamps. The single
 * persistence unit ({@code coordination}) is declared in this jar's {@code META-INF/persistence.xml}; each module
 * contributes its entities through its own mapping file.
 */
package org.iom.americas.kernel.persistence;
