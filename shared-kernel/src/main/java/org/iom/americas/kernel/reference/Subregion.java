package org.iom.americas.kernel.reference;

public enum Subregion {
    SOUTH_AMERICA, CENTRAL_AMERICA, NORTH_AMERICA, CARIBBEAN
}
