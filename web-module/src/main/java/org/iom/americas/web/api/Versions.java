package org.iom.americas.web.api;

import org.iom.americas.kernel.error.InvalidInputException;

/** The version a write was made against: from {@code If-Match} (a strong ETag) or from the body. */
final class Versions {

    private Versions() {
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
