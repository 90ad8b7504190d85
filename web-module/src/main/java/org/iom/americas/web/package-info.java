/**
 * The web boundary: JSF pages ({@code faces}), the JAX-RS API ({@code api}) and the wiring that makes the modules
 * one application ({@code platform}). Thin: every rule lives behind a module boundary. Depends on the module
 * boundaries and the shared kernel, never on a module's {@code entity} or {@code control} packages.
 */
package org.iom.americas.web;
