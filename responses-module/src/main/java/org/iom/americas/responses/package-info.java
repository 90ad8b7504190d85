/**
 * The responses bounded context, public face: {@link org.iom.americas.responses.HumanitarianResponses} and the
 * records it accepts and returns. {@code entity} is internal. Depends on the shared kernel and on the public
 * boundaries of the partners module (agencies engaged, requests related) and of the projects module (the projects
 * that belong to a response); other modules refer to a response by its id.
 */
package org.iom.americas.responses;
