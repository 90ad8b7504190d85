package org.iom.americas.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void microsecondsSurviveTheRoundTrip() {
        Instant instant = Instant.parse("2026-11-29T14:05:09.123456Z");
        assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo("2026-11-29 14:05:09.123456");
        assertThat(converter.convertToEntityAttribute("2026-11-29 14:05:09.123456")).isEqualTo(instant);
    }

    @Test
    void whateverTheDriverHandsBackIsReadAsUtc() {
        Instant expected = Instant.parse("2026-11-29T14:05:09.123456Z");
        assertThat(converter.convertToEntityAttribute(LocalDateTime.parse("2026-11-29T14:05:09.123456")))
                .isEqualTo(expected);
        assertThat(converter.convertToEntityAttribute("2026-11-29T14:05:09.123456")).isEqualTo(expected);
        assertThat(converter.convertToEntityAttribute("2026-11-29 14:05:09"))
                .isEqualTo(Instant.parse("2026-11-29T14:05:09Z"));
    }
}
