package org.iom.americas.responses;

import java.io.Serializable;
import java.time.Instant;

/** A situation update as published to the partners. */
public record SituationUpdateView(long id, String author, String title, String body, Instant publishedAt)
        implements Serializable {
}
