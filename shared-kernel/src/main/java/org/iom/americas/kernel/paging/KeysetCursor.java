package org.iom.americas.kernel.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.iom.americas.kernel.error.InvalidInputException;

/**
 * The sort key of the last row of a page, as an opaque URL-safe token. Each part is length-prefixed, so any text
 * can be a key. A token that does not decode is the client's mistake (400), never a server error.
 */
public record KeysetCursor(List<String> parts) {

    public KeysetCursor {
        parts = List.copyOf(parts);
    }

    public static KeysetCursor of(Object... values) {
        List<String> parts = new ArrayList<>(values.length);
        for (Object value : values) {
            parts.add(String.valueOf(value));
        }
        return new KeysetCursor(parts);
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(part.length()).append(':').append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static KeysetCursor decode(String token, int expectedParts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(expectedParts);
            int at = 0;
            while (at < text.length()) {
                int colon = text.indexOf(':', at);
                int length = Integer.parseInt(text.substring(at, colon));
                parts.add(text.substring(colon + 1, colon + 1 + length));
                at = colon + 1 + length;
            }
            if (parts.size() != expectedParts) {
                throw invalid();
            }
            return new KeysetCursor(parts);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    public String part(int index) {
        return parts.get(index);
    }

    public long longPart(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "problem.cursor.invalid");
    }
}
