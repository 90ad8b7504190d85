/**
 * The partners bounded context, public face: the boundaries other modules and the web module call
 * ({@link org.iom.americas.partners.PartnerGovernments}, {@link org.iom.americas.partners.ReferenceCatalog}) and
 * the records they accept and return. {@code entity} and {@code control} are internal to this module.
 * Depends only on the shared kernel.
 */
package org.iom.americas.partners;
