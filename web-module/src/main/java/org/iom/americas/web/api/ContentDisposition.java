package org.iom.americas.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names in and out of {@code Content-Disposition} (RFC 6266), including non-ASCII names ("Informe-Perú.pdf"). */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                return java.net.URLDecoder.decode(extended.group(1).strip().replace("+", "%2B"),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        Matcher plain = PLAIN.matcher(header);
        return plain.find() ? plain.group(1) : null;
    }

    /** A download header every browser reads: an ASCII fallback name and the exact UTF-8 one. */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
