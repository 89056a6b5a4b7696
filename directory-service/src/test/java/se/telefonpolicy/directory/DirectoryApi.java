package se.telefonpolicy.directory;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import se.telefonpolicy.testsupport.TestTokens;

/** The administrator's calls the tests make to set up a directory, each expected to succeed. */
public final class DirectoryApi {

    private DirectoryApi() {
    }

    public static void createUnit(String id, String name, String parentId) {
        String parent = parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"" + name + "\"" + parent + "}")
                .when().post("/api/v1/units").then().statusCode(201);
    }

    public static void updateUnit(String id, String json) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json)
                .when().put("/api/v1/units/" + id).then().statusCode(200);
    }

    public static void createEmployee(String json) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/employees").then().statusCode(201);
    }

    public static void updateEmployee(String id, String json) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json)
                .when().put("/api/v1/employees/" + id).then().statusCode(200);
    }

    public static void deleteEmployee(String id) {
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/employees/" + id).then().statusCode(204);
    }

    public static void deleteUnit(String id) {
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/units/" + id).then().statusCode(204);
    }
}
