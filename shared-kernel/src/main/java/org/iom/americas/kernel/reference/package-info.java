/**
 * Reference data seeded by migration: countries and territories of the Americas, IOM's areas of migration
 * management and the Global Compact objectives, each named in the four working languages. Read-only for the
 * application.
 */
package org.iom.americas.kernel.reference;
