/**
 * Typed business failures. Each rolls the transaction back (nothing half-written) and maps to one 4xx status in the
 * front ends. Messages are resource-bundle keys, so each front end words them in the caller's language.
 */
package org.iom.americas.kernel.error;
