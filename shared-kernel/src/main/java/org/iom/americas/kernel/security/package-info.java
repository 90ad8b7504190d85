/**
 * Who is calling, as every module sees it: the roles, the kinds of organisation an account can belong to, and the
 * authenticated principal that carries the caller's organisation into the boundaries for object-level checks.
 */
package org.iom.americas.kernel.security;
