package org.iom.americas.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word of the interface exists in Spanish, English, Portuguese and French: a missing one fails the build. */
class MessageBundlesTest {

    private static final List<String> TRANSLATIONS = List.of("es", "pt", "fr");

    @ParameterizedTest
    @ValueSource(strings = {"/org/iom/americas/web/i18n/messages", "/ValidationMessages",
            "/org/iom/americas/partners/notifications"})
    void everyKeyIsTranslatedIntoEveryWorkingLanguage(String bundle) throws IOException {
        Set<String> english = keys(bundle + ".properties");
        assertThat(english).isNotEmpty();
        for (String language : TRANSLATIONS) {
            Properties translation = load(bundle + "_" + language + ".properties");
            assertThat(translation.stringPropertyNames()).as("keys of %s in %s", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(english);
            assertThat(translation.stringPropertyNames()).as("blank texts of %s in %s", bundle, language)
                    .allSatisfy(key -> assertThat(translation.getProperty(key)).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt", "fr"})
    void textsWithParametersSurviveMessageFormat(String language) {
        // a straight apostrophe would swallow the parameter: l'{0} is printed as l{0}
        String text = Messages.text(java.util.Locale.forLanguageTag(language), "validation.governmentDuplicate", "Haïti");
        assertThat(text).contains("Haïti").doesNotContain("{0}");
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
