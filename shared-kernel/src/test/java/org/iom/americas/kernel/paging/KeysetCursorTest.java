package org.iom.americas.kernel.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.iom.americas.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void anyTextRoundTripsThroughTheToken() {
        KeysetCursor cursor = KeysetCursor.of("Saint-Martin (partie française): 12:3", 42L);
        KeysetCursor decoded = KeysetCursor.decode(cursor.encode(), 2);
        assertThat(decoded.part(0)).isEqualTo("Saint-Martin (partie française): 12:3");
        assertThat(decoded.longPart(1)).isEqualTo(42L);
    }

    @Test
    void theTokenIsUrlSafe() {
        assertThat(KeysetCursor.of("??>>~~ é", 1).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aForgedOrTruncatedTokenIsTheClientsMistake() {
        String valid = KeysetCursor.of("Panamá", 7).encode();
        assertThatThrownBy(() -> KeysetCursor.decode("not a cursor!", 2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KeysetCursor.decode(valid.substring(0, valid.length() - 3), 2))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KeysetCursor.decode(valid, 3)).isInstanceOf(InvalidInputException.class);
        String wrongNumber = Base64.getUrlEncoder().encodeToString("1:a2:xy".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> KeysetCursor.decode(wrongNumber, 2).longPart(1))
                .isInstanceOf(InvalidInputException.class);
    }
}
