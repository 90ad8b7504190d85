package org.iom.americas.kernel.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.io.StringReader;

/**
 * JSON-P through one provider, looked up once. Each {@code jakarta.json.Json.createXxx} call looks the provider up
 * again through the service loader, a class-path scan: in the audit listener, on every write, it was a tenth of a
 * request's processor time.
 */
public final class SharedJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private SharedJson() {
    }

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader text) {
        return PROVIDER.createReader(text);
    }

    public static JsonReader reader(String text) {
        return reader(new StringReader(text));
    }
}
