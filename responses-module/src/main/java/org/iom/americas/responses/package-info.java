/**
 * The responses bounded context, public face: {@link org.iom.americas.responses.HumanitarianResponses} and the
 * records it accepts and returns. {@code entity} is internal. Depends only on the shared kernel.
 */
package org.iom.americas.responses;
