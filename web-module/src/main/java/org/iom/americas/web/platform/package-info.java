/**
 * What makes the modules one application, in both packagings (EAR and Micro WAR): the data source, the schema
 * migrations that run before anything else, and the health checks.
 */
package org.iom.americas.web.platform;
