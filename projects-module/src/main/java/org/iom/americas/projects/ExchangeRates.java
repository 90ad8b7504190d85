package org.iom.americas.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.projects.entity.ExchangeRate;

/** The exchange rates behind every total in US dollars. Everyone reads them; administrators add new ones. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class ExchangeRates {

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    public List<ExchangeRateView> list() {
        return em.createNamedQuery("ExchangeRate.findAll", ExchangeRate.class).setMaxResults(5000).getResultStream()
                .map(r -> new ExchangeRateView(r.currency(), r.validFrom(), r.usdPerUnit().stripTrailingZeros()
                        .toPlainString())).toList();
    }

    /** A rate from a day on; a rate once stored is never changed, so a later rate is a new day's. */
    @RolesAllowed(Roles.ADMIN)
    public ExchangeRateView add(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "{validation.money.currency}")
                                String currency, @NotNull LocalDate validFrom,
                                @NotNull @Pattern(regexp = "\\d{1,9}(\\.\\d{1,10})?") String usdPerUnit) {
        if (!new Money("0", currency).isKnownCurrency()) {
            throw new InvalidInputException("currency", "validation.currencyUnknown", currency);
        }
        BigDecimal rate = new BigDecimal(usdPerUnit);
        if (rate.signum() <= 0) {
            throw new InvalidInputException("usdPerUnit", "validation.rate.positive");
        }
        if (em.find(ExchangeRate.class, new ExchangeRate.Key(currency, validFrom)) != null) {
            throw new DuplicateRecordException("validFrom", "validation.rate.duplicate", currency, validFrom);
        }
        em.persist(new ExchangeRate(currency, validFrom, rate));
        em.flush();
        return new ExchangeRateView(currency, validFrom, rate.stripTrailingZeros().toPlainString());
    }
}
