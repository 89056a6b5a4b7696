package se.telefonpolicy.platform.json;

import java.time.LocalTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Local times (opening hours) read "08:00" in every service's REST responses, as they are written in
 * requests and in the events (EventJson), not "08:00:00".
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
    }
}
