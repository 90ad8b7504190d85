package org.iom.americas.projects;

import java.io.Serializable;
import org.iom.americas.kernel.money.Money;

/** One donor's funding of a project, in its currency and (where a rate is known) in US dollars. */
public record FundingView(long id, long donorAgencyId, Money committed, Money disbursed, Money committedUsd,
                          Money disbursedUsd) implements Serializable {
}
