package org.iom.americas.projects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/** What one donor commits to a project and has disbursed, in one currency; amounts as decimal strings. */
public record FundingLine(
        @NotNull Long donorAgencyId,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{validation.money.currency}") String currency,
        @NotNull @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "{validation.money.amount}") String committed,
        @NotNull @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "{validation.money.amount}") String disbursed)
        implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public FundingLine(Long donorAgencyId, String currency, String committed, String disbursed) {
        this.donorAgencyId = donorAgencyId;
        this.currency = currency;
        this.committed = committed;
        this.disbursed = disbursed;
    }
}
