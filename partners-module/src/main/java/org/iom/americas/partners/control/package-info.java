/** Queries and rules behind the partners boundaries. Internal to the module. */
package org.iom.americas.partners.control;
