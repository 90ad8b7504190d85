/**
 * The audit trail, built once for every module: an EclipseLink listener on every cooperation record writes one
 * hash-chained entry per change in the change's own transaction; the chain can be verified entry by entry.
 */
package org.iom.americas.kernel.audit;
