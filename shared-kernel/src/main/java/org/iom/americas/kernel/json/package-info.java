/** JSON-P helpers every module shares. */
package org.iom.americas.kernel.json;
