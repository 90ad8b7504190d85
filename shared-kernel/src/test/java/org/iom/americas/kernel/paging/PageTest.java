package org.iom.americas.kernel.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iom.americas.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void theExtraRowOnlySignalsANextPage() {
        Page<String> page = Page.fromOverfetch(List.of(1, 2, 3), 2, String::valueOf, n -> KeysetCursor.of(n));
        assertThat(page.items()).containsExactly("1", "2");
        assertThat(KeysetCursor.decode(page.nextCursor(), 1).part(0)).isEqualTo("2");
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<String> page = Page.fromOverfetch(List.of(1, 2), 2, String::valueOf, n -> KeysetCursor.of(n));
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void limitsOutOfRangeAreRefusedNotClamped() {
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(201, null)).isInstanceOf(InvalidInputException.class);
        assertThat(PageRequest.of(200, null).limit()).isEqualTo(200);
        assertThat(PageRequest.of(null, " ").limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(PageRequest.of(null, " ").cursor()).isNull();
    }
}
