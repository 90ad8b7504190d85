package org.iom.americas.kernel.money;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An amount in an ISO 4217 currency. The amount travels as a decimal string ("1234.50"), never a float, so no
 * client rounds a budget on the way.
 */
public record Money(
        @NotNull @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "{validation.money.amount}") String amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{validation.money.currency}") String currency)
        implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public Money(String amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.toPlainString(), currency);
    }

    public BigDecimal decimal() {
        return new BigDecimal(amount);
    }

    /** Whether the currency is one ISO 4217 knows (the pattern only checks its shape). */
    public boolean isKnownCurrency() {
        try {
            java.util.Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
