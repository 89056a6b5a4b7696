package se.telefonpolicy.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void serialisesAsRfc9457WithoutEmptyMembers() throws Exception {
        String body = json.writeValueAsString(new Problem(URI.create("about:blank"), "Not Found", 404, "No unit x",
                URI.create("/api/v1/units/x"), List.of()));
        assertThat(body).isEqualTo(
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No unit x\",\"instance\":\"/api/v1/units/x\"}");
    }

    @Test
    void namesEachInvalidField() throws Exception {
        String body = json.writeValueAsString(new Problem(URI.create("https://telefonpolicy.se/problems/validation"),
                "Invalid request", 400, null, null, List.of(new Problem.FieldError("returnsAt", "must be in the future"))));
        assertThat(body).contains("\"errors\":[{\"field\":\"returnsAt\",\"message\":\"must be in the future\"}]")
                .doesNotContain("detail");
    }
}
