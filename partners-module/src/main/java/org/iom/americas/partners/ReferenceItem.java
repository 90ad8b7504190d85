package org.iom.americas.partners;

import java.io.Serializable;

/** A code and its name in the reader's language: an IOM area, a Global Compact objective. */
public record ReferenceItem(String code, String name) implements Serializable {
}
