package org.iom.americas.partners;

import java.io.Serializable;
import java.time.LocalDate;

/** A signatory of an agreement. */
public record SignatoryView(long id, String name, String title, String organisation, LocalDate signedOn)
        implements Serializable {
}
