/**
 * Keyset paging for every list: a page ends with an opaque cursor holding the sort key of its last row, so page
 * 1,000 costs what page 1 costs.
 */
package org.iom.americas.kernel.paging;
