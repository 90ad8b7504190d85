package org.iom.americas.partners;

import java.util.Arrays;
import java.util.Optional;

/** The documented sort orders of the governments list, named as the API spells them ({@code sort=-name}). */
public enum GovernmentOrder {
    NAME("name", false),
    NAME_DESCENDING("-name", true),
    COUNTRY("country", false),
    COUNTRY_DESCENDING("-country", true);

    private final String token;
    private final boolean descending;

    GovernmentOrder(String token, boolean descending) {
        this.token = token;
        this.descending = descending;
    }

    public String token() {
        return token;
    }

    public boolean descending() {
        return descending;
    }

    public static Optional<GovernmentOrder> fromToken(String token) {
        return Arrays.stream(values()).filter(o -> o.token.equals(token)).findFirst();
    }
}
