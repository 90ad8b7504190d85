package org.iom.americas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.reference.Place;

/**
 * Admin-1 areas as people type them, one a line (a form) or separated by semicolons (a spreadsheet cell):
 * "MX: Chiapas", with the P-code in brackets where known: "MX: Chiapas (MX07)".
 */
public final class PlaceLines {

    private static final Pattern PLACE =
            Pattern.compile("([A-Za-z]{2})\\s*:\\s*([^()]+?)\\s*(?:\\(([^()]{1,20})\\))?");

    private PlaceLines() {
    }

    /** @param field the field or column a wrong place is reported in */
    public static List<Place> parse(String field, String text) {
        List<Place> places = new ArrayList<>();
        if (text == null) {
            return places;
        }
        for (String part : text.split("[\\r\\n;]+")) {
            String line = part.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher place = PLACE.matcher(line);
            if (!place.matches()) {
                throw new InvalidInputException(field, "validation.project.locationLine", line);
            }
            Place parsed = new Place(place.group(1).toUpperCase(Locale.ROOT), place.group(2), place.group(3));
            if (!places.contains(parsed)) {
                places.add(parsed);
            }
        }
        return places;
    }

    public static String format(List<Place> places, String separator) {
        return places.stream().map(p -> p.country() + ": " + p.admin1() + (p.pcode() == null ? "" : " ("
                + p.pcode() + ")")).collect(Collectors.joining(separator));
    }
}
