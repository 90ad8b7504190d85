package org.iom.americas.responses;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A figure with its history: {@code correctsId} names the figure it corrected, {@code correctedById} the figure
 * that corrected it (then it is no longer {@code current}), {@code recordedBy} and {@code recordedAt} who and when.
 */
public record FigureView(long id, String country, String admin1, LocalDate asOf, int displaced, int inNeed,
                         String source, String recordedBy, Instant recordedAt, Long correctsId,
                         String correctionReason, Long correctedById, boolean current) implements Serializable {
}
