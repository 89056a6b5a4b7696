package se.telefonpolicy.directory.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.telefonpolicy.contracts.EventJson;

/** JSON columns use the contracts' own JSON configuration, so what is stored reads back exactly as it is published. */
final class Json {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a JSON column", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON column", e);
        }
    }
}
