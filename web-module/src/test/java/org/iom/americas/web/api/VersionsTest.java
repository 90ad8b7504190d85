package org.iom.americas.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iom.americas.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void ifMatchWinsOverTheBodyAndAcceptsQuotedOrBareVersions() {
        assertThat(Versions.expected("\"7\"", 3L)).isEqualTo(7L);
        assertThat(Versions.expected("7", null)).isEqualTo(7L);
        assertThat(Versions.expected(null, 3L)).isEqualTo(3L);
        assertThat(Versions.expected(" ", null)).isNull();
    }

    @Test
    void weakOrForeignTagsAreRefused() {
        assertThatThrownBy(() -> Versions.expected("W/\"7\"", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Versions.expected("\"abc\"", null)).isInstanceOf(InvalidInputException.class);
    }
}
