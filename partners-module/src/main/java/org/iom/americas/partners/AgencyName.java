package org.iom.americas.partners;

import java.io.Serializable;

/** What a form or a list needs to name an agency: to choose one, or to show who leads a project. */
public record AgencyName(long id, String acronym, String name, boolean active) implements Serializable {
}
