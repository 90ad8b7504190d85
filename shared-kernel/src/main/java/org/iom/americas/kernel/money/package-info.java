/** Money as the API and the modules carry it: a decimal amount with its ISO 4217 currency. Depends on nothing. */
package org.iom.americas.kernel.money;
