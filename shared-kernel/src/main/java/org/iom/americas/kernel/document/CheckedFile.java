package org.iom.americas.kernel.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RefusedContentException;

/**
 * A file that passed inspection: a safe name, the type its content shows, its SHA-256 (so anyone can check that a
 * copy is the same file), and the bytes. Anything empty, too large or of another type is refused before a module
 * stores a byte of it.
 */
public record CheckedFile(String name, AttachmentInspection.Kind kind, String sha256, byte[] content) {

    /** Ten megabytes unless {@code coordination.attachments.max-bytes} says otherwise. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public static CheckedFile inspect(String fileName, byte[] content) {
        long limit = ConfigProvider.getConfig().getOptionalValue("coordination.attachments.max-bytes", Long.class)
                .orElse(DEFAULT_MAX_BYTES);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "validation.attachmentEmpty");
        }
        if (content.length > limit) {
            throw new RefusedContentException(RefusedContentException.Reason.TOO_LARGE, "file",
                    "validation.attachmentTooLarge", limit / (1024 * 1024));
        }
        String name = AttachmentInspection.safeName(fileName);
        AttachmentInspection.Kind kind = AttachmentInspection.kindOf(name, content)
                .orElseThrow(() -> new RefusedContentException(RefusedContentException.Reason.UNSUPPORTED_TYPE,
                        "file", "validation.attachmentType", name));
        return new CheckedFile(name, kind, sha256(content), content);
    }

    public String mediaType() {
        return kind.mediaType();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
