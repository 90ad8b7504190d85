/** Counts the modules hand to dashboards, so the web module draws them without reading any module's tables. */
package org.iom.americas.kernel.figures;
