/**
 * The JAX-RS API under {@code /api}: resources named after plural domain nouns, one voice for errors
 * (RFC 9457 problem details in the caller's language, never a stack trace), keyset paging and optimistic versions
 * as ETags. See API-CONVENTIONS in the team material.
 */
package org.iom.americas.web.api;
