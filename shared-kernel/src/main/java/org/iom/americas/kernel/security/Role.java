package org.iom.americas.kernel.security;

/** What an account may do. The names are also the Jakarta EE role names (see {@link Roles}). */
public enum Role {
    /** IOM regional office: accounts, organisations, reference data; reads everything, and the audit trail. */
    ADMIN,
    /** IOM staff: joint projects, responses and the review of requests. */
    COORDINATOR,
    /** A user of one partner agency: reads shared records, edits what its agency owns. */
    AGENCY,
    /** A liaison of one partner government: submits and follows that government's requests. */
    LIAISON
}
