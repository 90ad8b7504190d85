package org.iom.americas.responses;

import java.io.Serializable;

/** A partner agency engaged in a response, in one sector (IOM area). */
public record ResponsePartnerView(long id, long agencyId, String iomArea) implements Serializable {
}
