package org.iom.americas.kernel.audit;

/**
 * Walks the chain in order and names the first entry that breaks it: a gap or a swap in the sequence (an entry
 * deleted or moved), a previous-hash that does not match (an entry replaced), or a hash that does not match its
 * content (a byte changed). The end must match the chain head, so deleting the newest entries is seen too.
 */
public final class ChainVerification {

    private long expectedSeq = 1;
    private String expectedPrevious = AuditRecord.GENESIS;
    private long checked;
    private Long firstBroken;
    private String reason;

    /** @return whether the chain still holds after this entry */
    public boolean accept(AuditRecord record, String storedHash) {
        if (firstBroken != null) {
            return false;
        }
        checked++;
        if (record.seq() != expectedSeq) {
            return broken(expectedSeq, record.seq() > expectedSeq ? "missing" : "out-of-order");
        }
        if (!record.previousHash().equals(expectedPrevious)) {
            return broken(record.seq(), "previous-hash-mismatch");
        }
        if (!record.hash().equals(storedHash)) {
            return broken(record.seq(), "content-altered");
        }
        expectedSeq = record.seq() + 1;
        expectedPrevious = storedHash;
        return true;
    }

    /** Compares the end of the walk with the chain head. */
    public void finish(long headSeq, String headHash) {
        if (firstBroken == null && (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrevious))) {
            broken(Math.min(headSeq, expectedSeq), "head-mismatch");
        }
    }

    private boolean broken(long seq, String why) {
        firstBroken = seq;
        reason = why;
        return false;
    }

    public Result result() {
        return new Result(firstBroken == null, checked, firstBroken, reason, expectedSeq - 1, expectedPrevious);
    }

    /** What a verification found: how many entries it checked and, if any, the first broken one and why. */
    public record Result(boolean intact, long checked, Long firstBrokenSeq, String reason, long lastSeq,
                         String lastHash) {
    }
}
