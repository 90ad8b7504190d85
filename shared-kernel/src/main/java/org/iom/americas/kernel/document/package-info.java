/**
 * Files that cooperation records carry (a request's attachments, a project's documents, an agreement's signed
 * copy): what is kept is decided here once, from the content, and each module stores its own files.
 */
package org.iom.americas.kernel.document;
