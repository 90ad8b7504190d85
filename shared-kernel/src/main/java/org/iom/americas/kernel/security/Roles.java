package org.iom.americas.kernel.security;

/** The role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String AGENCY = "AGENCY";
    public static final String LIAISON = "LIAISON";

    private Roles() {
    }
}
