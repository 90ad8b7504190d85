package org.iom.americas.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.iom.americas.kernel.error.InvalidInputException;

/** The version a write was made against: from {@code If-Match} (a strong ETag) or from the body. */
final class Versions {

    private Versions() {
    }

    /**
     * A revision of a record as every resource answers it: 428 without a version, 412 when {@code If-Match} names
     * another version than the current one, otherwise the revised record with its new version as the ETag (a stale
     * {@code version} in the body is the boundary's 409).
     *
     * @param current reads the record's current version
     * @param revise  revises the record against the version given
     */
    static <V> Response revision(String ifMatch, Long bodyVersion, LongSupplier current, LongFunction<V> revise,
                                 ToLongFunction<V> versionOf, Locale locale, String instance) {
        Long expected = expected(ifMatch, bodyVersion);
        if (expected == null) {
            return Problems.of(428, locale, instance);
        }
        if (ifMatch != null) {
            long now = current.getAsLong();
            if (now != expected) {
                return Response.fromResponse(Problems.of(412, locale, instance))
                        .tag(new EntityTag(Long.toString(now))).build();
            }
        }
        V revised = revise.apply(expected);
        return Response.ok(revised).tag(new EntityTag(Long.toString(versionOf.applyAsLong(revised)))).build();
    }

    static Long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new InvalidInputException("If-Match", "problem.ifMatch.weak");
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "problem.ifMatch.malformed", ifMatch);
        }
    }
}
