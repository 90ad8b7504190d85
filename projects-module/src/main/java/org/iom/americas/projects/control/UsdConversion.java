package org.iom.americas.projects.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iom.americas.projects.entity.ExchangeRate;

/**
 * Converts amounts to US dollars with the latest stored rate on or before a day. Products are exact
 * ({@link BigDecimal}); only a final figure is rounded, half-even to the cent, so sums do not drift.
 */
public final class UsdConversion {

    private final EntityManager em;
    private final LocalDate day;
    private final Map<String, Optional<BigDecimal>> rates = new HashMap<>();

    public UsdConversion(EntityManager em, LocalDate day) {
        this.em = em;
        this.day = day;
    }

    /** Reads the rates of all these currencies in one query, before a page of amounts asks for them one by one. */
    public UsdConversion prefetch(Collection<String> currencies) {
        List<String> unread = currencies.stream().distinct().filter(c -> !rates.containsKey(c)).toList();
        if (!unread.isEmpty()) {
            unread.forEach(c -> rates.put(c, Optional.empty()));
            em.createNamedQuery("ExchangeRate.latestOfEachOnOrBefore", ExchangeRate.class)
                    .setParameter("currencies", unread).setParameter("day", day).getResultStream()
                    .forEach(rate -> rates.put(rate.currency(), Optional.of(rate.usdPerUnit())));
        }
        return this;
    }

    /** The exact value in US dollars, or nothing when no rate is stored for the currency. */
    public Optional<BigDecimal> exact(BigDecimal amount, String currency) {
        return rate(currency).map(amount::multiply);
    }

    public static BigDecimal toCents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_EVEN);
    }

    private Optional<BigDecimal> rate(String currency) {
        return rates.computeIfAbsent(currency, c -> em.createNamedQuery("ExchangeRate.latestOnOrBefore",
                        ExchangeRate.class).setParameter("currency", c).setParameter("day", day).setMaxResults(1)
                .getResultStream().findFirst().map(ExchangeRate::usdPerUnit));
    }
}
