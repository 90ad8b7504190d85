/**
 * The JSF pages' backing beans ({@code *Backing}): they read view parameters, call one module boundary and show
 * its answer; failures become messages next to the fields they are about. No business rule lives here.
 */
package org.iom.americas.web.faces;
