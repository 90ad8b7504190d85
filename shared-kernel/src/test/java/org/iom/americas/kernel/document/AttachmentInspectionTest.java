package org.iom.americas.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentInspectionTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 0, 0};

    @Test
    void theContentAndTheNameMustAgree() {
        assertThat(AttachmentInspection.kindOf("informe.PDF", PDF)).contains(AttachmentInspection.Kind.PDF);
        assertThat(AttachmentInspection.kindOf("datos.xlsx", ZIP)).contains(AttachmentInspection.Kind.XLSX);
        assertThat(AttachmentInspection.kindOf("informe.pdf", "<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentInspection.kindOf("informe.html", PDF)).isEmpty();
        assertThat(AttachmentInspection.kindOf("archive.zip", ZIP)).isEmpty();
        assertThat(AttachmentInspection.kindOf("informe", PDF)).isEmpty();
    }

    @Test
    void namesLoseTheirPathsAndAnythingThatCouldBreakAHeader() {
        assertThat(AttachmentInspection.safeName("C:\\Users\\ana\\Informe Perú.pdf")).isEqualTo("Informe Perú.pdf");
        assertThat(AttachmentInspection.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentInspection.safeName("a\"b\r\nc.pdf")).isEqualTo("a_b__c.pdf");
        assertThat(AttachmentInspection.safeName(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(AttachmentInspection.safeName("")).isEqualTo("attachment");
        assertThat(AttachmentInspection.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
