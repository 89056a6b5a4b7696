package se.telefonpolicy.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Two instances of the packaged service start at the same time on one empty database with the sample
 * data switched on: the sample is loaded exactly once (the other instance waits on the advisory lock,
 * then finds the directory full), and an import job sent to one instance is followed on the other.
 */
class SampleDataLoadsOnceWithTwoInstancesIT {

    @Test
    void twoInstancesStartingTogetherLoadTheSampleOnceAndShareImportJobs() throws IOException {
        String db = PackagedService.createDatabase("directory");
        Map<String, String> sample = Map.of("telefonpolicy.directory.sample-data.load", "true");
        try {
            CompletableFuture<PackagedService> first = CompletableFuture.supplyAsync(() -> PackagedService.start(Path.of("."), db, sample));
            CompletableFuture<PackagedService> second = CompletableFuture.supplyAsync(() -> PackagedService.start(Path.of("."), db, sample));
            try (PackagedService a = first.join(); PackagedService b = second.join()) {
                List<?> units = given().baseUri(b.url()).auth().oauth2(TestTokens.admin()).get("/api/v1/units")
                        .then().statusCode(200).extract().jsonPath().getList("");
                List<?> employees = given().baseUri(a.url()).auth().oauth2(TestTokens.admin()).get("/api/v1/employees")
                        .then().statusCode(200).extract().jsonPath().getList("");
                assertThat(units).hasSize(41);
                assertThat(employees).hasSize(596);
                long loads = Files.readAllLines(a.log()).stream().filter(l -> l.contains("Sample directory loaded")).count()
                        + Files.readAllLines(b.log()).stream().filter(l -> l.contains("Sample directory loaded")).count();
                assertThat(loads).as("exactly one instance loaded the sample").isEqualTo(1);

                byte[] file = new HrFiles().line(HrFiles.row("two-", 1, "sbf-bygglov")).line(HrFiles.row("two-", 2, "ingen")).bytes();
                String location = given().baseUri(a.url()).auth().oauth2(TestTokens.admin()).contentType("text/csv").body(file)
                        .post("/api/v1/import/employees").then().statusCode(202).extract().header("Location");
                String path = location.substring(location.indexOf("/api/v1/"));
                await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(given().baseUri(b.url())
                        .auth().oauth2(TestTokens.admin()).get(path).then().extract().jsonPath().getString("state")));
                var job = given().baseUri(b.url()).auth().oauth2(TestTokens.admin()).get(path).then().extract().jsonPath();
                assertThat(job.getInt("created")).isEqualTo(1);
                assertThat(job.getInt("rejected")).isEqualTo(1);
                assertThat(job.getString("rejectedRows[0].reason")).isEqualTo("Okänd enhet \"ingen\"");
            }
        } finally {
            PackagedService.dropDatabase(db);
        }
    }
}
