/**
 * The shared kernel: what every bounded context speaks (countries, IOM areas, Global Compact objectives, money,
 * paging, business exceptions) and the one persistence unit they share. It depends on nothing of the modules.
 */
package org.iom.americas.kernel;
