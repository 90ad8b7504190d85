package org.iom.americas.partners;

import java.time.LocalDate;

/**
 * Which agreements to list; any criterion may be {@code null}. {@code expiresFrom}/{@code expiresTo} keep the
 * agreements whose expiry date falls in that period, both ends included.
 */
public record AgreementFilter(AgreementType type, AgreementStatus status, String country, LocalDate expiresFrom,
                              LocalDate expiresTo) {
}
