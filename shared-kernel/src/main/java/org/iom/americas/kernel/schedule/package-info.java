/** Scheduled work that runs once per cluster, whichever instances are up. */
package org.iom.americas.kernel.schedule;
