package org.iom.americas.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulasAreNeutralisedAndShownAsText() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvCells.cell("+1+1")).isEqualTo("\"'+1+1\"");
        assertThat(CsvCells.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    }

    @Test
    void ordinaryTextsFollowRfc4180() {
        assertThat(CsvCells.cell("Panamá")).isEqualTo("Panamá");
        assertThat(CsvCells.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.row(1, "x", null)).isEqualTo("1,x,\r\n");
    }
}
