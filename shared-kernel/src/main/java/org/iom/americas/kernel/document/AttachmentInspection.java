package org.iom.americas.kernel.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a file really is from its first bytes, not from the name or the type its sender claimed: only
 * PDF, office documents and images are kept, and they are always served as downloads of that type.
 */
public final class AttachmentInspection {

    /** The types kept, each with the media type it is served as and the file endings it may carry. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
        DOC("application/msword", "doc"),
        XLS("application/vnd.ms-excel", "xls");

        private final String mediaType;
        private final String[] endings;

        Kind(String mediaType, String... endings) {
            this.mediaType = mediaType;
            this.endings = endings;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private AttachmentInspection() {
    }

    /** The kind of the file, when its content and its name's ending agree on one the system keeps. */
    public static Optional<Kind> kindOf(String fileName, byte[] content) {
        String ending = ending(fileName);
        for (Kind kind : Kind.values()) {
            if (Arrays.asList(kind.endings).contains(ending) && contentIs(kind, content)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static boolean contentIs(Kind kind, byte[] content) {
        return switch (kind) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case DOCX, XLSX, PPTX, ODT, ODS -> startsWith(content, ZIP_MAGIC);
            case DOC, XLS -> startsWith(content, OLE_MAGIC);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String ending(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The name to keep: without any path a browser or a client added, without control characters or quotes that
     * could break a header, at most 200 characters (the ending kept).
     */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String ending = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - ending.length()) + ending;
        }
        return name.isEmpty() ? "attachment" : name;
    }
}
