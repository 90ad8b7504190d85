/**
 * Who may come in: one authentication mechanism for both front ends (Payara allows one per application), the
 * identity store over the partners module's accounts, session cookie rules and the security headers of every
 * answer. What a caller may then do is decided in the module boundaries, not here.
 */
package org.iom.americas.web.security;
