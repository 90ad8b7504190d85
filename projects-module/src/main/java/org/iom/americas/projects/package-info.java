/**
 * The projects bounded context, public face: {@link org.iom.americas.projects.JointProjects},
 * {@link org.iom.americas.projects.ExchangeRates} and the records they accept and return. {@code entity} and
 * {@code control} are internal. Depends on the shared kernel and on the partners module's public boundary
 * (agencies, governments, the requests a project answers); other modules refer to a project by its id.
 */
package org.iom.americas.projects;
