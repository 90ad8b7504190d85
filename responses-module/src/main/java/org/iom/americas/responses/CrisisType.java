package org.iom.americas.responses;

/** What drives the displacement a response answers, including disasters and climate change. */
public enum CrisisType {
    SUDDEN_ONSET_DISASTER, SLOW_ONSET_CLIMATE, CONFLICT_OR_VIOLENCE, MIXED_MIGRATION_FLOWS
}
