package se.telefonpolicy.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads typed path and query parameters (numbers, UUIDs, dates, enums) so that a value that is not of the
 * type is a 400 naming the parameter: by JAX-RS a failed conversion is a 404, which tells the client that
 * the resource is missing when its input is wrong. Strings, and parameters of other kinds, are left alone.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Reader(Function<String, Object> read, String expected) {
    }

    private static final Map<Class<?>, Reader> READERS = Map.ofEntries(
            Map.entry(int.class, new Reader(Integer::valueOf, "must be a whole number")),
            Map.entry(Integer.class, new Reader(Integer::valueOf, "must be a whole number")),
            Map.entry(long.class, new Reader(Long::valueOf, "must be a whole number")),
            Map.entry(Long.class, new Reader(Long::valueOf, "must be a whole number")),
            Map.entry(short.class, new Reader(Short::valueOf, "must be a whole number")),
            Map.entry(Short.class, new Reader(Short::valueOf, "must be a whole number")),
            Map.entry(double.class, new Reader(Double::valueOf, "must be a number")),
            Map.entry(Double.class, new Reader(Double::valueOf, "must be a number")),
            Map.entry(BigDecimal.class, new Reader(BigDecimal::new, "must be a number")),
            Map.entry(BigInteger.class, new Reader(BigInteger::new, "must be a whole number")),
            Map.entry(UUID.class, new Reader(UUID::fromString, "must be a UUID")),
            Map.entry(LocalDate.class, new Reader(LocalDate::parse, "must be a date, YYYY-MM-DD")),
            Map.entry(Instant.class, new Reader(Instant::parse, "must be an ISO-8601 instant, e.g. 2026-11-30T09:00:00Z")),
            Map.entry(OffsetDateTime.class, new Reader(OffsetDateTime::parse,
                    "must be an ISO-8601 time with offset, e.g. 2026-11-30T09:00:00+01:00")));

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        Reader reader = READERS.get(rawType);
        if (reader == null && rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            reader = new Reader(value -> Enum.valueOf(type, value), "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        if (reader == null) {
            return null;
        }
        Reader chosen = reader;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) chosen.read().apply(value);
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, chosen.expected());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** The name the client uses; an annotation without a value takes the Java name, which we do not have here. */
    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof RestQuery q) {
                return q.value().isEmpty() ? "query parameter" : q.value();
            }
            if (a instanceof RestPath p) {
                return p.value().isEmpty() ? "path parameter" : p.value();
            }
        }
        return null;
    }
}
