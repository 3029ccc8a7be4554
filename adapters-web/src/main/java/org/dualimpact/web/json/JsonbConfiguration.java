package org.dualimpact.web.json;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding: properties the resource does not know are refused (a typo must not be
 * silently dropped), numbers must be JSON numbers and whole numbers whole ({@code "10"} or
 * {@code 3.5} for an integer is refused rather than coerced or truncated), text must be a JSON
 * string and a flag a JSON boolean ({@code 123} for a name, {@code "yes"} for a flag are refused),
 * nulls are left out of responses.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /**
     * Yasson's switch (Liberty's JSON-B provider, {@code YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES})
     * for refusing unknown properties. The integration tests check the refusal, so a provider that
     * ignores it is noticed.
     */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    /** Built once: the container may create this provider more than once, and building a Jsonb is costly. */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withDeserializers(new StrictDecimal(), new StrictInteger(), new StrictString(), new StrictBoolean())
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The current value as a JSON number, or a refusal naming what was sent instead. */
    static BigDecimal number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new JsonbException("expected a JSON number, found " + value.getValueType());
    }

    /** Exact decimals only from JSON numbers. */
    static final class StrictDecimal implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return number(parser);
        }
    }

    /** Text only from JSON strings: a number or object where text belongs is refused, not stringified. */
    static final class StrictString implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw new JsonbException("expected a JSON string, found " + value.getValueType());
        }
    }

    /** Flags only from JSON true/false. */
    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new JsonbException("expected true or false, found " + value.getValueType());
        }
    }

    /** Whole numbers only from whole JSON numbers. */
    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = number(parser);
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("expected a whole number, found " + n.toPlainString());
            }
        }
    }
}
