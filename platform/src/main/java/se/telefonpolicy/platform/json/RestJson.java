package se.telefonpolicy.platform.json;

import java.time.LocalTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Local times (opening hours) read "08:00" in every service's REST responses, as they are written in
 * requests and in the events (EventJson), not "08:00:00". And a request body is one JSON value: anything after it
 * ({@code {...}}}, two objects) is broken JSON and a 400, where Jackson by default reads the first value and ignores
 * the rest.
 */
@Singleton
public class RestJson implements ObjectMapperCustomizer {

    /** After Quarkus has registered the JavaTimeModule, whose LocalTime serializer writes "08:00:00". */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("telefonpolicy-local-times")
                .addSerializer(LocalTime.class, ToStringSerializer.instance));
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
