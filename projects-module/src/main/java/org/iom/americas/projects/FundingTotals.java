package org.iom.americas.projects;

import java.io.Serializable;
import java.util.List;
import org.iom.americas.kernel.money.Money;

/**
 * A project's funding in US dollars, from the stored rates: exact products summed, then rounded half-even to the
 * cent once. {@code unconverted} names the currencies without a rate, whose amounts the totals leave out.
 */
public record FundingTotals(Money committedUsd, Money disbursedUsd, List<String> unconverted)
        implements Serializable {
}
