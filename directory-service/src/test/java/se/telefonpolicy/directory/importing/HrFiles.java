package se.telefonpolicy.directory.importing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.restassured.path.json.JsonPath;
import se.telefonpolicy.testsupport.TestTokens;

/** Builds HR files as the HR system exports them and imports them through the API, waiting for the job. */
public final class HrFiles {

    static final String HEADER = "anställningsnummer;förnamn;efternamn;titel;enhet;anknytning;telefon;mobil;e-post;roll;"
            + "röstbrevlåda;ansvarsområden;aktiv";
    private static final String[] FIRST = { "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per" };
    private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson" };

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    public HrFiles() {
        line(HEADER);
    }

    /** A valid employee row for number n in one of the given units. */
    public static String row(String prefix, int n, String unitId) {
        String first = FIRST[n % FIRST.length];
        String last = LAST[(n / FIRST.length) % LAST.length];
        return String.join(";", prefix + n, first, last, n % 3 == 0 ? "Handläggare" : "", unitId,
                String.valueOf(1000 + n % 9000), "0223-44" + String.format("%03d", n % 1000), "",
                (first + "." + last + n + "@exempel.se").toLowerCase(), n % 10 == 0 ? "chef" : "handläggare",
                n % 7 == 0 ? "nej" : "ja", "bygglov|" + "ärende " + n, "ja");
    }

    public HrFiles line(String text) {
        bytes.writeBytes((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HrFiles rawLine(byte[] raw) {
        bytes.writeBytes(raw);
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }

    /** Posts the file, follows Location until the job has finished and returns the finished job. */
    static JsonPath importAndWait(byte[] file, boolean full) {
        String location = given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(file)
                .queryParam("full", full)
                .when().post("/api/v1/import/employees")
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> List.of("SUCCEEDED", "FAILED")
                .contains(job(location).getString("state")));
        return job(location);
    }

    static JsonPath job(String location) {
        return given().auth().oauth2(TestTokens.admin()).when().get(location).then().statusCode(200).extract().jsonPath();
    }
}
