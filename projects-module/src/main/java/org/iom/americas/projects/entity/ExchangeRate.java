package org.iom.americas.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many US dollars one unit of a currency was worth from a day on. Rates are added, never changed: a total
 * computed on a day can be recomputed later from the same rates.
 */
@Entity
@Table(name = "exchange_rate")
@IdClass(ExchangeRate.Key.class)
@NamedQuery(name = "ExchangeRate.latestOnOrBefore", query = "SELECT r FROM ExchangeRate r WHERE r.currency = :currency "
        + "AND r.validFrom <= :day ORDER BY r.validFrom DESC")
@NamedQuery(name = "ExchangeRate.latestOfEachOnOrBefore", query = "SELECT r FROM ExchangeRate r "
        + "WHERE r.currency IN :currencies AND r.validFrom = (SELECT MAX(l.validFrom) FROM ExchangeRate l "
        + "WHERE l.currency = r.currency AND l.validFrom <= :day)")
@NamedQuery(name = "ExchangeRate.findAll", query = "SELECT r FROM ExchangeRate r ORDER BY r.currency, r.validFrom DESC")
public class ExchangeRate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "currency", length = 3)
    private String currency;

    @Id
    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "usd_per_unit", precision = 19, scale = 10, nullable = false, updatable = false)
    private BigDecimal usdPerUnit;

    protected ExchangeRate() {
    }

    public ExchangeRate(String currency, LocalDate validFrom, BigDecimal usdPerUnit) {
        this.currency = currency;
        this.validFrom = validFrom;
        this.usdPerUnit = usdPerUnit;
    }

    public String currency() {
        return currency;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public BigDecimal usdPerUnit() {
        return usdPerUnit;
    }

    /** The identity of a rate: a currency and the day it applies from. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String currency;
        private LocalDate validFrom;

        public Key() {
        }

        public Key(String currency, LocalDate validFrom) {
            this.currency = currency;
            this.validFrom = validFrom;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(currency, key.currency)
                    && Objects.equals(validFrom, key.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, validFrom);
        }
    }
}
