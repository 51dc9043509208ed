package org.leiojournal.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JSONObjectException;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the JSON the start needs (bundled catalogues, a course's stored plan, settings) with jackson-jr instead of
 * databind, whose ~430 classes cost the start 100-550 ms of CPU (issue 21). Every scalar is taken only in its plain
 * form (a string as a string, an int as an int, null only where a reference may be null); anything else — a number
 * written as a string, a float for an int, null for a primitive, an unknown field, a record that refuses its
 * values — makes {@link #read} fail, and the caller then lets databind read the same bytes, so whatever databind
 * coerced or refused it still coerces or refuses, with its own message. Only the plain, common case is read here.
 */
public final class LightJson {

    private static final LightJson STRICT = new LightJson(Map.of(), Integer.class, true);
    private static final LightJson LENIENT = new LightJson(Map.of(), Integer.class, false);

    private final JSON json;

    private LightJson(Map<Class<?>, Function<String, ?>> codes, Class<?> optionalOf, boolean refuseUnknown) {
        JSON.Builder builder = JSON.builder().register(new PlainValues(codes, optionalOf));
        json = (refuseUnknown ? builder.enable(JSON.Feature.FAIL_ON_UNKNOWN_BEAN_PROPERTY)
                : builder.disable(JSON.Feature.FAIL_ON_UNKNOWN_BEAN_PROPERTY)).build();
    }

    /**
     * Unknown fields refused, as the catalogues and stored plans are read; an {@code Optional} holds an Integer (a
     * plan phase's usual cycles).
     */
    public static LightJson strict() {
        return STRICT;
    }

    /** Unknown fields skipped, as settings.json is read (the window's and the look's fields share the file). */
    public static LightJson lenient() {
        return LENIENT;
    }

    /** Unknown fields refused, and each of {@code codes}' types read from a string by its function. */
    public static LightJson strictWith(Map<Class<?>, Function<String, ?>> codes) {
        return new LightJson(codes, Integer.class, true);
    }

    /**
     * Unknown fields refused, and every {@code Optional} read as holding {@code optionalOf}: jackson-jr is not told
     * an Optional's content type, so a reader is made for records whose Optionals all hold the same one.
     */
    public static LightJson strictWithOptionalOf(Class<?> optionalOf) {
        return new LightJson(Map.of(), optionalOf, true);
    }

    /** {@code text} read as {@code type}; fails for anything but the plain form (see the class comment). */
    public <T> T read(Class<T> type, byte[] text) throws IOException {
        try {
            return json.beanFrom(type, text);
        } catch (RuntimeException e) { // a record's constructor refusing, or a reader's own check
            throw new JSONObjectException("not read plainly: " + e.getMessage(), e);
        }
    }

    /** Databind's read of the same text, for what {@link #read} does not take. */
    public interface Otherwise<T> {
        T read(byte[] text) throws IOException;
    }

    /**
     * {@code text} read as {@code type}: plainly here, or else by {@code otherwise} (databind), which then coerces
     * or refuses exactly as before. Only a file that is not in the plain form loads databind.
     */
    public <T> T readOr(Class<T> type, byte[] text, Otherwise<T> otherwise) throws IOException {
        try {
            return read(type, text);
        } catch (IOException e) {
            return otherwise.read(text);
        }
    }

    /** The plain scalar readers; types not named here are left to jackson-jr (records, lists, maps, enums). */
    private static final class PlainValues extends JacksonJrExtension {

        private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

        private final Map<Class<?>, Function<String, ?>> codes;
        private final Class<?> optionalOf;

        PlainValues(Map<Class<?>, Function<String, ?>> codes, Class<?> optionalOf) {
            this.codes = codes;
            this.optionalOf = optionalOf;
        }

        @Override
        protected void register(ExtensionContext context) {
            context.insertProvider(new ReaderWriterProvider() {
                @Override
                public ValueReader findValueReader(JSONReader reader, Class<?> type) {
                    Function<String, ?> code = codes.get(type);
                    if (code != null) {
                        return new Scalar(type, false, p -> string(p, code));
                    }
                    if (type == Optional.class) {
                        Scalar content = find(optionalOf);
                        return new Scalar(type, false, p -> Optional.of(content.read.from(p))) {
                            @Override
                            Object ifNull() {
                                return Optional.empty();
                            }
                        };
                    }
                    return find(type);
                }
            });
        }

        private static Scalar find(Class<?> type) {
            if (type == String.class) {
                return new Scalar(type, false, p -> string(p, Function.identity()));
            } else if (type == int.class || type == Integer.class) {
                return new Scalar(type, type.isPrimitive(), PlainValues::integer);
            } else if (type == long.class || type == Long.class) {
                return new Scalar(type, type.isPrimitive(), p -> whole(p).longValue());
            } else if (type == boolean.class || type == Boolean.class) {
                return new Scalar(type, type.isPrimitive(), PlainValues::bool);
            } else if (type == double.class || type == Double.class) {
                return new Scalar(type, type.isPrimitive(), PlainValues::real);
            } else if (type == BigDecimal.class) {
                return new Scalar(type, false, PlainValues::decimal);
            } else if (type == LocalDate.class) {
                return new Scalar(type, false, p -> string(p, LocalDate::parse));
            }
            return null;
        }

        private static Object string(JsonParser p, Function<String, ?> convert) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw unplain(p);
            }
            return convert.apply(p.getText());
        }

        private static Object integer(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw unplain(p);
            }
            return p.getIntValue();
        }

        private static Number whole(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw unplain(p);
            }
            return p.getNumberValue();
        }

        private static Object bool(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw unplain(p);
            }
            return t == JsonToken.VALUE_TRUE;
        }

        private static Object real(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw unplain(p);
            }
            return p.getDoubleValue();
        }

        private static Object decimal(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING && PLAIN_DECIMAL.matcher(p.getText()).matches()) {
                return new BigDecimal(p.getText()); // the lab catalogue's "min": "0", as databind coerces it
            }
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw unplain(p);
            }
            return p.getDecimalValue();
        }

        private static IOException unplain(JsonParser p) throws IOException {
            return new JSONObjectException("not a plain value: " + ValueReader._tokenDesc(p));
        }
    }

    private interface Read {
        Object from(JsonParser p) throws IOException;
    }

    /** One scalar type: null only for a reference type, anything else as {@code read} takes it. */
    private static class Scalar extends ValueReader {

        private final boolean primitive;
        private final Read read;

        Scalar(Class<?> type, boolean primitive, Read read) {
            super(type);
            this.primitive = primitive;
            this.read = read;
        }

        Object ifNull() {
            return null;
        }

        @Override
        public Object read(JSONReader reader, JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                if (primitive) {
                    throw new JSONObjectException("null for a primitive " + _valueType.getName());
                }
                return ifNull();
            }
            return read.from(p);
        }
    }
}
