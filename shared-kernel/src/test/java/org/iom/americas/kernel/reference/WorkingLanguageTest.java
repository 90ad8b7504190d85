package org.iom.americas.kernel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkingLanguageTest {

    @Test
    void regionalVariantsMapToTheirLanguageAndEverythingElseToEnglish() {
        assertThat(WorkingLanguage.of(Locale.forLanguageTag("pt-BR"))).isEqualTo(WorkingLanguage.PT);
        assertThat(WorkingLanguage.of(Locale.forLanguageTag("es-HN"))).isEqualTo(WorkingLanguage.ES);
        assertThat(WorkingLanguage.of(Locale.forLanguageTag("fr-HT"))).isEqualTo(WorkingLanguage.FR);
        assertThat(WorkingLanguage.of(Locale.forLanguageTag("ht"))).isEqualTo(WorkingLanguage.EN);
        assertThat(WorkingLanguage.of(null)).isEqualTo(WorkingLanguage.EN);
    }

    @Test
    void aLocalizedNameIsReadInTheReadersLanguage() {
        LocalizedName name = new LocalizedName("Haiti", "Haití", "Haiti", "Haïti");
        assertThat(name.in(Locale.FRENCH)).isEqualTo("Haïti");
        assertThat(name.in(Locale.forLanguageTag("es-419"))).isEqualTo("Haití");
        assertThat(name.in(Locale.GERMAN)).isEqualTo("Haiti");
    }

    @Test
    void theFirstPreferredWorkingLanguageWins() {
        assertThat(WorkingLanguage.preferred(java.util.List.of(Locale.GERMAN, Locale.forLanguageTag("pt-BR"),
                Locale.FRENCH).iterator())).contains(WorkingLanguage.PT);
        assertThat(WorkingLanguage.preferred(java.util.List.of(Locale.GERMAN, Locale.JAPANESE).iterator())).isEmpty();
    }
}
