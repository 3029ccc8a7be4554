package org.dualimpact.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding: properties the resource does not know are refused (a typo must not be
 * silently dropped), nulls are left out of responses.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /**
     * Yasson's switch (Liberty's JSON-B provider, {@code YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES})
     * for refusing unknown properties. The integration tests check the refusal, so a provider that
     * ignores it is noticed.
     */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
