package org.iom.americas.partners;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The moves of an agreement's lifecycle. Signing needs a signatory on record and the date of signature; entering
 * into force needs the effective date; expiry is also made by the daily job when the expiry date has passed.
 */
public enum AgreementAction {
    NEGOTIATE(AgreementStatus.UNDER_NEGOTIATION, EnumSet.of(AgreementStatus.DRAFT)),
    SIGN(AgreementStatus.SIGNED, EnumSet.of(AgreementStatus.UNDER_NEGOTIATION)),
    ENTER_INTO_FORCE(AgreementStatus.IN_FORCE, EnumSet.of(AgreementStatus.SIGNED)),
    EXPIRE(AgreementStatus.EXPIRED, EnumSet.of(AgreementStatus.IN_FORCE)),
    TERMINATE(AgreementStatus.TERMINATED, EnumSet.of(AgreementStatus.DRAFT, AgreementStatus.UNDER_NEGOTIATION,
            AgreementStatus.SIGNED, AgreementStatus.IN_FORCE));

    private final AgreementStatus target;
    private final Set<AgreementStatus> from;

    AgreementAction(AgreementStatus target, Set<AgreementStatus> from) {
        this.target = target;
        this.from = from;
    }

    public AgreementStatus target() {
        return target;
    }

    public boolean isAllowedFrom(AgreementStatus status) {
        return from.contains(status);
    }

    public static List<String> allowed(AgreementStatus status) {
        return Arrays.stream(values()).filter(a -> a.isAllowedFrom(status)).map(AgreementAction::path).toList();
    }

    /** As it appears in a URL: {@code enter-into-force}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AgreementAction ofPath(String path) {
        return valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
