package org.iom.americas.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** A stored rate: {@code usdPerUnit} US dollars for one unit of {@code currency}, from {@code validFrom} on. */
public record ExchangeRateView(String currency, LocalDate validFrom, String usdPerUnit) implements Serializable {
}
