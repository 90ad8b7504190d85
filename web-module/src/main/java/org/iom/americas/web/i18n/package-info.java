/** The words of the user interface and of the API's problem details, in Spanish, English, Portuguese and French. */
package org.iom.americas.web.i18n;
