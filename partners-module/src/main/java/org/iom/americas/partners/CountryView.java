package org.iom.americas.partners;

import java.io.Serializable;
import org.iom.americas.kernel.reference.CountryKind;
import org.iom.americas.kernel.reference.Subregion;

/** A country or territory with its ISO 3166-1 codes, named in the reader's language. */
public record CountryView(String alpha2, String alpha3, String numericCode, String name, Subregion subregion,
                          CountryKind kind) implements Serializable {
}
