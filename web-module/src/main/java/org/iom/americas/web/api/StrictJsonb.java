package org.iom.americas.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API needs it: a field the resource does not know is an error (no mass assignment, no silently
 * ignored typo), and instants are ISO 8601 in UTC.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    // Yasson's name for "fail on unknown properties"; the JSON-B specification has no standard one
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
