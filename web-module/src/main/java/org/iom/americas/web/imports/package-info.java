/**
 * Bulk import of partner agencies, joint projects and activity reports from CSV, XLSX and HXL-tagged files: each
 * row goes through the owning module's public service, as a person's change would, so every rule, right and audit
 * entry applies; a dry run reports every row's problems by row and column, an import is all-or-nothing or row by
 * row, and rows are matched on natural keys so that importing the same file again changes nothing.
 */
package org.iom.americas.web.imports;
