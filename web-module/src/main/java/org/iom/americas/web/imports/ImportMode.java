package org.iom.americas.web.imports;

/**
 * How a file is imported: a dry run changes nothing and says what each row would do; all-or-nothing imports every
 * row or, if any row is wrong, none; row by row imports the good rows and rejects the others.
 */
public enum ImportMode {
    DRY_RUN, ALL_OR_NOTHING, ROW_BY_ROW
}
