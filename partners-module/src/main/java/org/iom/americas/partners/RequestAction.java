package org.iom.americas.partners;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The moves of a request's lifecycle: which side may make each, from which states, and where it leads. Anything
 * not listed here is refused.
 */
public enum RequestAction {
    SUBMIT(Side.GOVERNMENT, RequestStatus.SUBMITTED, EnumSet.of(RequestStatus.DRAFT)),
    REVIEW(Side.IOM, RequestStatus.UNDER_REVIEW, EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.RESUBMITTED)),
    REQUEST_INFORMATION(Side.IOM, RequestStatus.INFORMATION_REQUESTED, EnumSet.of(RequestStatus.UNDER_REVIEW)),
    RESUBMIT(Side.GOVERNMENT, RequestStatus.RESUBMITTED, EnumSet.of(RequestStatus.INFORMATION_REQUESTED)),
    ACCEPT(Side.IOM, RequestStatus.ACCEPTED, EnumSet.of(RequestStatus.UNDER_REVIEW)),
    DECLINE(Side.IOM, RequestStatus.DECLINED, EnumSet.of(RequestStatus.UNDER_REVIEW)),
    WITHDRAW(Side.GOVERNMENT, RequestStatus.WITHDRAWN, EnumSet.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED,
            RequestStatus.UNDER_REVIEW, RequestStatus.INFORMATION_REQUESTED, RequestStatus.RESUBMITTED));

    /** Who acts: the requesting government's liaisons, or IOM's coordinators. */
    public enum Side {
        GOVERNMENT, IOM
    }

    private final Side side;
    private final RequestStatus target;
    private final Set<RequestStatus> from;

    RequestAction(Side side, RequestStatus target, Set<RequestStatus> from) {
        this.side = side;
        this.target = target;
        this.from = from;
    }

    public Side side() {
        return side;
    }

    public RequestStatus target() {
        return target;
    }

    public boolean isAllowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    /** The actions one side may take on a request in this state, as the API names them (lower case). */
    public static List<String> allowed(RequestStatus status, Side side) {
        return Arrays.stream(values()).filter(a -> a.side == side && a.isAllowedFrom(status)).map(RequestAction::path)
                .toList();
    }

    /** The action's name in the API: {@code POST /api/requests/{id}/request-information}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
