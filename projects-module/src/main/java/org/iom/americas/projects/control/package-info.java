/** Internal to the projects module: the list query and the conversion of funding to US dollars. */
package org.iom.americas.projects.control;
