/**
 * The projects bounded context, public face: {@link org.iom.americas.projects.JointProjects} and the records it
 * accepts and returns. {@code entity} is internal. Depends only on the shared kernel; other modules refer to a
 * project by its id.
 */
package org.iom.americas.projects;
