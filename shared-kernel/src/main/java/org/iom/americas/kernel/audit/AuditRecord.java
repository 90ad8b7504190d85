package org.iom.americas.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the audit trail as it is hashed. The canonical form length-prefixes every field, so no choice of
 * texts can make two different entries hash alike; the hash covers the previous entry's hash, which chains them.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, Long actorAccountId, String actorOrganisation,
                          String action, String recordType, String recordId, String changes, String previousHash) {

    public static final String GENESIS = "0".repeat(64);

    public String canonical() {
        StringBuilder text = new StringBuilder("audit-v1");
        for (Object field : new Object[] {seq, occurredAt, actor, actorAccountId, actorOrganisation, action,
                recordType, recordId, changes, previousHash}) {
            String value = field == null ? "" : field.toString();
            text.append('|').append(field == null ? -1 : value.length()).append(':').append(value);
        }
        return text.toString();
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
