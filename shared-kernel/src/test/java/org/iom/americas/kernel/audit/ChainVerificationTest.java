package org.iom.americas.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private record Stored(AuditRecord record, String hash) {
    }

    private static List<Stored> chain(int length) {
        List<Stored> entries = new ArrayList<>();
        String previous = AuditRecord.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditRecord record = new AuditRecord(seq, Instant.parse("2026-11-29T10:15:30.123456Z").plusSeconds(seq),
                    "admin", 1L, "IOM", "UPDATE", "PartnerGovernment", "7", "{\"notes\":{\"new\":\"" + seq + "\"}}",
                    previous);
            entries.add(new Stored(record, record.hash()));
            previous = record.hash();
        }
        return entries;
    }

    private static ChainVerification.Result verify(List<Stored> entries, long headSeq, String headHash) {
        ChainVerification verification = new ChainVerification();
        entries.forEach(e -> verification.accept(e.record(), e.hash()));
        verification.finish(headSeq, headHash);
        return verification.result();
    }

    @Test
    void anIntactChainVerifies() {
        List<Stored> entries = chain(5);
        ChainVerification.Result result = verify(entries, 5, entries.get(4).hash());
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void aChangedByteIsFoundAndNamed() {
        List<Stored> entries = chain(5);
        AuditRecord original = entries.get(2).record();
        entries.set(2, new Stored(new AuditRecord(original.seq(), original.occurredAt(), original.actor(),
                original.actorAccountId(), original.actorOrganisation(), original.action(), original.recordType(),
                original.recordId(), original.changes().replace('3', '4'), original.previousHash()),
                entries.get(2).hash()));
        ChainVerification.Result result = verify(entries, 5, entries.get(4).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.reason()).isEqualTo("content-altered");
    }

    @Test
    void aDeletedOrSwappedEntryIsFound() {
        List<Stored> deleted = chain(5);
        deleted.remove(1);
        assertThat(verify(deleted, 5, deleted.get(3).hash()).firstBrokenSeq()).isEqualTo(2L);

        List<Stored> swapped = chain(5);
        Collections.swap(swapped, 1, 3);
        assertThat(verify(swapped, 5, swapped.get(4).hash()).firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void deletingTheNewestEntriesIsFoundThroughTheHead() {
        List<Stored> entries = chain(5);
        String headHash = entries.get(4).hash();
        ChainVerification.Result result = verify(entries.subList(0, 3), 5, headHash);
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo("head-mismatch");
    }

    @Test
    void noTwoDifferentEntriesShareACanonicalForm() {
        AuditRecord a = new AuditRecord(1, Instant.EPOCH, "ab", null, "c", "UPDATE", "T", "1", null, AuditRecord.GENESIS);
        AuditRecord b = new AuditRecord(1, Instant.EPOCH, "a", null, "bc", "UPDATE", "T", "1", null, AuditRecord.GENESIS);
        assertThat(a.canonical()).isNotEqualTo(b.canonical());
        assertThat(a.hash()).hasSize(64).isNotEqualTo(b.hash());
    }
}
