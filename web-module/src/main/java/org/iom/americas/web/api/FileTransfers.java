package org.iom.americas.web.api;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import org.iom.americas.kernel.error.RefusedContentException;

/**
 * Files in and out of the API, the same for every record that carries them (a request's attachments, a project's
 * documents): uploads read with a bound, downloads that are never shown as a page and carry their digest.
 */
final class FileTransfers {

    /** A body larger than any file allowed is refused while it is read, before it fills the memory. */
    static final long MAX_BODY_BYTES = 25L * 1024 * 1024;

    private FileTransfers() {
    }

    static byte[] read(InputStream body) throws IOException {
        try {
            byte[] content = body.readNBytes((int) MAX_BODY_BYTES + 1);
            if (content.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return content;
        } catch (org.iom.americas.web.security.RequestLimits.TooLarge cutOff) {
            throw tooLarge();
        }
    }

    private static RefusedContentException tooLarge() {
        return new RefusedContentException(RefusedContentException.Reason.TOO_LARGE, "file",
                "validation.attachmentTooLarge", MAX_BODY_BYTES / (1024 * 1024));
    }

    /** The name from {@code ?fileName=}, else from {@code Content-Disposition}. */
    static String name(String fileName, String disposition) {
        return fileName != null ? fileName : ContentDisposition.fileName(disposition);
    }

    static Response download(byte[] content, String mediaType, String fileName, String sha256) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)))
                .build();
    }
}
