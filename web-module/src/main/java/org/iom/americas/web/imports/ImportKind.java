package org.iom.americas.web.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file holds, and its columns: each known by our header (any case) or by its HXL hashtag, so a sheet
 * exported from a humanitarian tool is read as well as our own template. Required columns must be present.
 */
public enum ImportKind {
    AGENCIES(List.of(
            new Column("acronym", "#org+acronym", true),
            new Column("name", "#org+name", true),
            new Column("type", "#org+type", true),
            new Column("countries", "#country+code", false),
            new Column("iomAreas", "#sector", false),
            new Column("website", "#contact+url", false),
            new Column("contactName", "#contact+name", false),
            new Column("contactEmail", "#contact+email", false))),
    PROJECTS(List.of(
            new Column("code", "#activity+project+code", false),
            new Column("title", "#activity+project+name", true),
            new Column("summary", "#description", false),
            new Column("leadAgency", "#org+lead", false),
            new Column("countries", "#country+code", true),
            new Column("locations", "#adm1+name", false),
            new Column("iomAreas", "#sector", true),
            new Column("objectives", "#indicator+gcm", false),
            new Column("startDate", "#date+start", true),
            new Column("endDate", "#date+end", false))),
    REPORTS(List.of(
            new Column("project", "#activity+project+code", true),
            new Column("agency", "#org+impl", true),
            new Column("iomArea", "#sector", true),
            new Column("activity", "#activity", true),
            new Column("country", "#country+code", true),
            new Column("admin1", "#adm1+name", false),
            new Column("periodStart", "#date+start", true),
            new Column("periodEnd", "#date+end", true),
            new Column("achieved", "#value", false),
            new Column("total", "#reached", true),
            new Column("femaleChildren", "#reached+f+children", false),
            new Column("femaleAdults", "#reached+f+adults", false),
            new Column("femaleElderly", "#reached+f+elderly", false),
            new Column("maleChildren", "#reached+m+children", false),
            new Column("maleAdults", "#reached+m+adults", false),
            new Column("maleElderly", "#reached+m+elderly", false),
            new Column("migrants", "#reached+migrants", false),
            new Column("refugees", "#reached+refugees", false),
            new Column("internallyDisplaced", "#reached+idps", false),
            new Column("hostCommunity", "#reached+host", false),
            new Column("returnees", "#reached+returnees", false)));

    /** One column: our name for it (also its header in the template) and its HXL hashtag with attributes. */
    public record Column(String key, String hashtag, boolean required) {

        /** Whether a header cell or a hashtag cell names this column (HXL attributes in any order). */
        boolean isNamedBy(String cell) {
            String text = cell == null ? "" : cell.strip();
            if (text.startsWith("#")) {
                return sameTag(text, hashtag);
            }
            return text.equalsIgnoreCase(key);
        }

        private static boolean sameTag(String a, String b) {
            return normalised(a).equals(normalised(b));
        }

        private static String normalised(String tag) {
            String[] parts = tag.toLowerCase(Locale.ROOT).replace(" ", "").split("\\+");
            java.util.Arrays.sort(parts, 1, parts.length);
            return String.join("+", parts);
        }
    }

    private final List<Column> columns;

    ImportKind(List<Column> columns) {
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }

    Optional<Column> columnNamedBy(String cell) {
        return columns.stream().filter(c -> c.isNamedBy(cell)).findFirst();
    }

    /** As the API names it: {@code agencies}, {@code projects}, {@code reports}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
