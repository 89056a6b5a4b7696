package se.telefonpolicy.testsupport;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.specification.RequestSpecification;

/**
 * An authorization test generated from a service's own OpenAPI document: every operation it lists, called
 * by each {@link Caller}, against an expected-status table kept beside the test (a CSV in src/test/resources:
 * {@code operation,no token,forged,…,pbx}, one row per {@code METHOD /path}). Fails on any status that differs,
 * on an operation the table lacks (with the row as observed, to review and paste) and on a row for an operation
 * the document no longer lists. Run it from a @QuarkusTest, after the service holds the fixture's directory.
 *
 * <p>Path parameters take the fixture's values by name ({@code unitId} = the unit the manager manages),
 * or per operation; required query parameters and request bodies come from the fixture too (a JSON body
 * defaults to {@code {}}). Operations run in the document's path order, callers in the table's column
 * order, so a call that changes state does so at the same point every run.
 *
 * <p>A unit outside a manager's scope is a 403 whether it exists or not: for every operation with a
 * {@code {unitId}} that refuses the manager of another unit, the same call for a unit that does not exist
 * must be refused the same way (a 404 there would tell which unit ids exist).
 */
public final class AuthorizationMatrix {

    /** Who calls, in the table's column order. */
    public enum Caller {
        NO_TOKEN("no token"), FORGED("forged"), EXPIRED("expired"), EMPLOYEE("employee"), MANAGER("manager of the unit"),
        OTHER_MANAGER("manager of another unit"), SWITCHBOARD("switchboard"), ADMIN("admin"), PBX("pbx");

        private final String column;

        Caller(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final String UNIT_PARAM = "unitId";
    private static final String NO_SUCH_UNIT = "authz-no-such-unit";

    private final String service;
    private final String table;
    private String employee = "authz-employee";
    private String manager = "authz-manager";
    private String unit = "authz-unit";
    private String otherManager = "authz-other-manager";
    private String otherUnit = "authz-other-unit";
    private String switchboard = "authz-switchboard";
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, String> queries = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();

    private AuthorizationMatrix(String service, String table) {
        this.service = service;
        this.table = table;
    }

    /** @param table the expected-status CSV on the test class path, e.g. {@code authorization/expected-status.csv} */
    public static AuthorizationMatrix of(String service, String table) {
        return new AuthorizationMatrix(service, table);
    }

    /** The employee (role employee) of the unit. */
    public AuthorizationMatrix employee(String employeeId) {
        this.employee = employeeId;
        return this;
    }

    /** The manager of the unit: their token names it ({@code unit_id}); the path value {@code unitId} defaults to it. */
    public AuthorizationMatrix manager(String employeeId, String unitId) {
        this.manager = employeeId;
        this.unit = unitId;
        return this;
    }

    /** A manager of a unit outside the first one's subtree. */
    public AuthorizationMatrix otherManager(String employeeId, String unitId) {
        this.otherManager = employeeId;
        this.otherUnit = unitId;
        return this;
    }

    public AuthorizationMatrix switchboard(String employeeId) {
        this.switchboard = employeeId;
        return this;
    }

    /** The value of a path parameter of every operation, e.g. {@code employeeId}. */
    public AuthorizationMatrix path(String param, String value) {
        pathValues.put(param, value);
        return this;
    }

    /** The value of a path parameter of one operation ({@code "DELETE /api/v1/employees/{id}"}). */
    public AuthorizationMatrix path(String operation, String param, String value) {
        pathValues.put(operation + " " + param, value);
        return this;
    }

    /** The query string of one operation, without the {@code ?}. */
    public AuthorizationMatrix query(String operation, String query) {
        queries.put(operation, query);
        return this;
    }

    /** The request body of one operation. */
    public AuthorizationMatrix body(String operation, String body) {
        bodies.put(operation, body);
        return this;
    }

    /** What one run found: the requests sent and, per status, how many answered it. */
    public record Result(String service, int requests, Map<Integer, Integer> statusCounts, List<String> failures) {

        public String summary() {
            return "Authorization matrix of " + service + ": " + requests + " requests, statuses " + statusCounts;
        }
    }

    /** Sends every request, prints the figures and throws an AssertionError listing every mismatch. */
    public Result verify() {
        Result result = run();
        System.out.println(result.summary());
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.summary() + "\n" + result.failures().size() + " problem(s):\n  "
                    + String.join("\n  ", result.failures()));
        }
        return result;
    }

    public Result run() {
        Map<String, Operation> operations = operations();
        Map<String, List<Integer>> expected = readTable();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        int requests = 0;
        for (Operation op : operations.values()) {
            List<Integer> observed = new ArrayList<>();
            List<Integer> wanted = expected.get(op.key());
            for (Caller caller : Caller.values()) {
                int status;
                try {
                    status = send(op, caller);
                } catch (RuntimeException e) {
                    failures.add(op.key() + " as " + caller.column() + ": could not be sent: " + e);
                    continue;
                }
                requests++;
                counts.merge(status, 1, Integer::sum);
                observed.add(status);
                if (wanted != null && wanted.get(caller.ordinal()) != status) {
                    failures.add(op.key() + " as " + caller.column() + ": expected " + wanted.get(caller.ordinal())
                            + ", got " + status);
                }
            }
            int outside = observed.size() == Caller.values().length ? observed.get(Caller.OTHER_MANAGER.ordinal()) : -1;
            if (outside == 403 && op.path().contains("{" + UNIT_PARAM + "}")) {
                int unknown = send(op, Caller.OTHER_MANAGER, Map.of(UNIT_PARAM, NO_SUCH_UNIT));
                requests++;
                counts.merge(unknown, 1, Integer::sum);
                if (unknown != outside) {
                    failures.add(op.key() + " as manager of another unit: " + outside + " for " + unit + " but " + unknown
                            + " for a unit that does not exist (" + NO_SUCH_UNIT + "): the answer tells which units exist");
                }
            }
            if (wanted == null) {
                failures.add("not in " + table + ": " + op.key() + " (observed: " + op.key() + ","
                        + String.join(",", observed.stream().map(String::valueOf).toList()) + ")");
            }
        }
        expected.keySet().stream().filter(key -> !operations.containsKey(key))
                .forEach(key -> failures.add(table + " lists " + key + ", which the OpenAPI document does not"));
        return new Result(service, requests, counts, failures);
    }

    private record Operation(String method, String path, List<String> requiredQuery, String contentType) {

        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Operation> operations() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        if (paths == null || paths.isEmpty()) {
            throw new AssertionError(service + "'s OpenAPI document lists no paths");
        }
        Map<String, Operation> found = new LinkedHashMap<>();
        new TreeMap<>(paths).forEach((path, item) -> {
            Map<String, Object> byMethod = (Map<String, Object>) item;
            for (String method : METHODS) {
                Map<String, Object> op = (Map<String, Object>) byMethod.get(method);
                if (op == null) {
                    continue;
                }
                List<String> required = new ArrayList<>();
                for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                    Map<String, Object> param = (Map<String, Object>) p;
                    if ("query".equals(param.get("in")) && Boolean.TRUE.equals(param.get("required"))) {
                        required.add((String) param.get("name"));
                    }
                }
                String contentType = null;
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body != null && body.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
                    contentType = (String) content.keySet().iterator().next();
                }
                Operation operation = new Operation(method, path, required, contentType);
                found.put(operation.key(), operation);
            }
        });
        return found;
    }

    private int send(Operation op, Caller caller) {
        return send(op, caller, Map.of());
    }

    private int send(Operation op, Caller caller, Map<String, String> overrides) {
        RequestSpecification request = given().redirects().follow(false);
        String token = token(caller);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (op.contentType() != null) {
            String body = bodies.getOrDefault(op.key(), op.contentType().contains("json") ? "{}" : "");
            request = request.contentType(op.contentType()).body(body);
        }
        String url = fill(op, overrides) + query(op);
        return request.request(op.method().toUpperCase(Locale.ROOT), url).then().extract().statusCode();
    }

    private String fill(Operation op, Map<String, String> overrides) {
        Matcher m = PATH_PARAM.matcher(op.path());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = overrides.getOrDefault(name, pathValues.getOrDefault(op.key() + " " + name, pathValues.get(name)));
            if (value == null && name.equals(UNIT_PARAM)) {
                value = unit;
            }
            if (value == null) {
                throw new IllegalStateException("no value for path parameter {" + name + "}: give one with path(...)");
            }
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        return url.toString();
    }

    private String query(Operation op) {
        String query = queries.get(op.key());
        if (query == null) {
            if (!op.requiredQuery().isEmpty()) {
                throw new IllegalStateException("no value for required query parameters " + op.requiredQuery()
                        + ": give them with query(...)");
            }
            return "";
        }
        return "?" + query;
    }

    private String token(Caller caller) {
        return switch (caller) {
            case NO_TOKEN -> null;
            case FORGED -> TestTokens.forged("admin-1", Set.of("admin", "manager", "employee", "switchboard", "pbx"));
            case EXPIRED -> TestTokens.expired("admin-1", Set.of("admin", "manager", "employee", "switchboard", "pbx"));
            case EMPLOYEE -> TestTokens.employee(employee);
            case MANAGER -> TestTokens.manager(manager, unit);
            case OTHER_MANAGER -> TestTokens.manager(otherManager, otherUnit);
            case SWITCHBOARD -> TestTokens.switchboard(switchboard);
            case ADMIN -> TestTokens.admin();
            case PBX -> TestTokens.pbx();
        };
    }

    private Map<String, List<Integer>> readTable() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(table);
        if (in == null) {
            throw new IllegalStateException("No expected-status table " + table + " on the test class path");
        }
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        List<String> header = Arrays.stream(Caller.values()).map(Caller::column).toList();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean first = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
                if (first) {
                    first = false;
                    if (!cells.subList(1, cells.size()).equals(header)) {
                        throw new IllegalStateException(table + ": the header must be operation," + String.join(",", header));
                    }
                    continue;
                }
                if (cells.size() != header.size() + 1) {
                    throw new IllegalStateException(table + ": " + line + " needs " + (header.size() + 1) + " cells");
                }
                if (rows.put(cells.get(0), cells.subList(1, cells.size()).stream().map(Integer::valueOf).toList()) != null) {
                    throw new IllegalStateException(table + " lists " + cells.get(0) + " twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + table, e);
        }
        return rows;
    }
}
