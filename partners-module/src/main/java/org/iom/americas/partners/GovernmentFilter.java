package org.iom.americas.partners;

import java.io.Serializable;
import org.iom.americas.kernel.reference.Subregion;

/** Which partner governments to list, and in which order. Any criterion may be {@code null}: no filter. */
public record GovernmentFilter(Subregion subregion, MembershipStatus membershipStatus, GovernmentOrder order)
        implements Serializable {

    public GovernmentFilter {
        if (order == null) {
            order = GovernmentOrder.NAME;
        }
    }

    public static GovernmentFilter all() {
        return new GovernmentFilter(null, null, GovernmentOrder.NAME);
    }
}
