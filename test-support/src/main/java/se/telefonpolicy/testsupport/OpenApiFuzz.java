package se.telefonpolicy.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;

/**
 * Malformed requests for every operation of a service's own OpenAPI document, sent to the running test
 * application: the answer to each must be a 4xx problem+json, never a 5xx. Deterministic: a fixed seed
 * and a {@link Random} per operation (seeded from the seed, the method and the path), so a failure prints
 * what to send again. No property-testing engine: plain JUnit calls {@link #run}.
 *
 * <p>A case is one fault (or a few) on an otherwise well-formed request: no, {@code null}, empty or
 * non-object JSON, broken JSON, invalid UTF-8, a deep nesting, a wrong content type, a required field left
 * out, a field of the wrong type, huge strings, extreme numbers and dates, extra fields; path and query
 * parameters of the wrong type, missing, extreme or repeated. A case whose fault the API must refuse
 * (a number parameter that is no number, a body that is not the JSON object asked for…) fails unless the
 * answer is a 4xx; a case that may still be valid input (a strange name, an extra field) may be accepted,
 * but it must not be a 5xx, and a 4xx must be problem+json.
 */
public final class OpenApiFuzz {

    /** One operation of the document. */
    public record Operation(String method, String path, List<Parameter> parameters, Body body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    public record Body(List<String> mediaTypes, boolean required, Map<String, Object> schema) {
        boolean json() {
            return mediaTypes.stream().anyMatch(m -> m.contains("json"));
        }
    }

    /** One request as sent; {@code mustBeRefused}: the fault is one the API may not accept. */
    public record Case(Operation operation, int number, String fault, boolean mustBeRefused, String uri, String contentType,
            byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "(no body)" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return operation + " case " + number + " [" + fault + "]: " + operation.method() + " " + uri
                    + " Content-Type: " + contentType + " body: " + shown + (body != null && body.length > 300 ? "…" : "");
        }
    }

    /** What a run sent and got. */
    public record Report(String service, long seed, int operations, int sent, SortedMap<Integer, Integer> statuses,
            List<String> failures) {
        public String summary() {
            return "OpenApiFuzz " + service + ": " + sent + " requests over " + operations + " operations (seed " + seed
                    + "), statuses " + statuses + ", failures " + failures.size();
        }
    }

    private static final String JSON = "application/json";
    private static final byte[] INVALID_UTF8_A = { (byte) 0xC3, (byte) 0x28 };
    private static final byte[] INVALID_UTF8_B = { (byte) 0xFF, (byte) 0xFE, (byte) 0xFD };
    /** Sent as they are: percent-encoded bytes that are no UTF-8. */
    private static final List<String> PRE_ENCODED = List.of("%FF%FE", "%C3%28");
    private static final List<String> EXTREME_DATES = List.of("1900-01-01", "9999-12-31", "0000-01-01", "2026-02-30",
            "+999999999-12-31", "-999999999-01-01", "9999-12-31T23:59:59Z", "1900-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-13-45T25:61:61Z", "1970-01-01T00:00:00Z");
    private static final List<String> ODD_TEXT = List.of("", " ", "null", "abc", "-1", "0", "9223372036854775808", "1e309",
            "NaN", "' OR 1=1 --", "<script>", "åäö ÅÄÖ", "💥", "%", "\u0000", "\\", "\"", "a,b;c");
    private static final List<Object> EXTREME_NUMBERS = List.of(Long.MAX_VALUE, Long.MIN_VALUE, -1, 0,
            new java.math.BigInteger("9223372036854775808"), 1e308, -1e308, 1.5, new java.math.BigDecimal("1e400"));

    private final String service;
    private long seed = 17;
    private int casesPerOperation = 40;
    private Function<Operation, String> token = op -> null;
    private final Map<String, String> pathValues = new HashMap<>();
    private BiFunction<Operation, byte[], Map<String, String>> extraHeaders = (op, body) -> Map.of();

    private OpenApiFuzz(String service) {
        this.service = service;
    }

    public static OpenApiFuzz of(String service) {
        return new OpenApiFuzz(service);
    }

    public OpenApiFuzz seed(long seed) {
        this.seed = seed;
        return this;
    }

    public OpenApiFuzz casesPerOperation(int cases) {
        this.casesPerOperation = cases;
        return this;
    }

    /** The bearer token for an operation (one that may call it, so that the input is what is judged); null for none. */
    public OpenApiFuzz token(Function<Operation, String> token) {
        this.token = token;
        return this;
    }

    /** A path parameter's well-formed value (an existing id), used where the case's fault lies elsewhere. */
    public OpenApiFuzz pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** Headers computed from the body as sent, e.g. the PBX webhook's signature. */
    public OpenApiFuzz headers(BiFunction<Operation, byte[], Map<String, String>> headers) {
        this.extraHeaders = headers;
        return this;
    }

    /** The operations of the document at {@code base}/q/openapi?format=json. */
    public static List<Operation> operations(URI base) {
        Map<String, Object> doc = JsonPath.from(get(base.resolve("/q/openapi?format=json"))).getMap("$");
        Resolver resolver = new Resolver(doc);
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = map(doc.get("paths"));
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            Map<String, Object> item = map(path.getValue());
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                Map<String, Object> op = map(item.get(method));
                List<Parameter> parameters = new ArrayList<>();
                List<Object> declared = new ArrayList<>(list(item.get("parameters")));
                declared.addAll(list(op.get("parameters")));
                for (Object p : declared) {
                    Map<String, Object> param = resolver.resolve(map(p));
                    String in = (String) param.get("in");
                    if ("path".equals(in) || "query".equals(in)) {
                        parameters.add(new Parameter((String) param.get("name"), in,
                                Boolean.TRUE.equals(param.get("required")) || "path".equals(in),
                                resolver.resolve(map(param.get("schema")))));
                    }
                }
                Body body = null;
                if (op.get("requestBody") != null) {
                    Map<String, Object> requestBody = resolver.resolve(map(op.get("requestBody")));
                    Map<String, Object> content = map(requestBody.get("content"));
                    Map<String, Object> schema = content.isEmpty() ? Map.of()
                            : resolver.resolve(map(map(content.values().iterator().next()).get("schema")));
                    body = new Body(List.copyOf(content.keySet()), Boolean.TRUE.equals(requestBody.get("required")),
                            resolver.deep(schema, 0));
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), parameters, body));
            }
        }
        // deletes last: an accepted case must not remove what the other operations' cases address
        operations.sort((a, b) -> Boolean.compare(a.method().equals("DELETE"), b.method().equals("DELETE")));
        return operations;
    }

    /** {@link #run(URI)} against the application under test (RestAssured's base URI and port, as a @QuarkusTest sets them). */
    public Report run() {
        return run(URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port));
    }

    /** The failures as one message, the first few in full, for an assertion. */
    public static String describe(Report report) {
        return report.summary() + report.failures().stream().limit(25).map(f -> "\n  " + f).collect(Collectors.joining())
                + (report.failures().size() > 25 ? "\n  …" : "");
    }

    /** Sends every case to the application at {@code base} and reports; the caller asserts no failures. */
    public Report run(URI base) {
        List<Operation> operations = operations(base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        SortedMap<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            Random random = new Random(seed ^ (op.method() + " " + op.path()).hashCode());
            List<Fault> faults = faults(op);
            for (int i = 0; i < casesPerOperation; i++) {
                Case c = faults.get(i % faults.size()).make(this, op, random, i);
                int status;
                String type;
                try {
                    HttpResponse<byte[]> response = http.send(request(base, c), HttpResponse.BodyHandlers.ofByteArray());
                    status = response.statusCode();
                    type = response.headers().firstValue("Content-Type").orElse("");
                } catch (Exception e) {
                    failures.add(c + " → no answer: " + e);
                    continue;
                } finally {
                    sent++;
                }
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    failures.add(c + " → " + status);
                } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                    failures.add(c + " → " + status + " with Content-Type " + type + ", not problem+json");
                } else if (status < 400 && c.mustBeRefused()) {
                    failures.add(c + " → " + status + ": accepted input it must refuse");
                }
            }
        }
        Report report = new Report(service, seed, operations.size(), sent, statuses, failures);
        System.out.println(report.summary());
        return report;
    }

    private HttpRequest request(URI base, Case c) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + c.uri()))
                .timeout(Duration.ofSeconds(30));
        String bearer = token.apply(c.operation());
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        extraHeaders.apply(c.operation(), c.body() == null ? new byte[0] : c.body()).forEach(builder::header);
        HttpRequest.BodyPublisher publisher = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        return builder.method(c.operation().method(), publisher).build();
    }

    // ---- the faults --------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Fault {
        Case make(OpenApiFuzz fuzz, Operation op, Random random, int number);
    }

    private static List<Fault> faults(Operation op) {
        List<Fault> faults = new ArrayList<>();
        Body body = op.body();
        if (body != null && body.json()) {
            boolean object = "object".equals(body.schema().get("type")) || body.schema().containsKey("properties");
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "no body", body.required(), JSON, null));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "empty body", body.required(), JSON, new byte[0]));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "null body", body.required(), JSON, bytes("null")));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "not an object", object, JSON,
                    bytes(pick(r, List.of("[]", "[1,2]", "\"text\"", "42", "true", "-0.5")))));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "broken JSON", true, JSON,
                    broken(f.validJson(o.body().schema(), r), r)));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "invalid UTF-8", true, JSON, invalidUtf8(f.validJson(o.body().schema(), r), r)));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "deep nesting", true, JSON, bytes("[".repeat(5000) + "]".repeat(5000))));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "wrong content type", true,
                    pick(r, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png")),
                    bytes(toJson(f.valid(o.body().schema(), r)))));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "no content type", false, null, bytes(toJson(f.valid(o.body().schema(), r)))));
            if (object) {
                faults.add(Fault(OpenApiFuzz::missingRequired));
                faults.add(Fault(OpenApiFuzz::wrongType));
                faults.add(Fault((f, o, r) -> f.replaceLeaves(o, r, "huge strings", v -> v instanceof String, x -> "x".repeat(100_000))));
                faults.add(Fault((f, o, r) -> f.replaceLeaves(o, r, "extreme numbers", v -> v instanceof Number, x -> pick(r, EXTREME_NUMBERS))));
                faults.add(Fault((f, o, r) -> f.replaceLeaves(o, r, "extreme dates", v -> v instanceof String, x -> pick(r, EXTREME_DATES))));
                faults.add(Fault((f, o, r) -> f.replaceLeaves(o, r, "odd text", v -> v instanceof String, x -> pick(r, ODD_TEXT))));
                faults.add(Fault((f, o, r) -> f.replaceLeaves(o, r, "nulls", v -> true, x -> null)));
                faults.add(Fault(OpenApiFuzz::extraFields));
            }
        } else if (body != null) {
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "wrong content type", true, JSON, bytes("{\"a\":1}")));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "empty body", false, o.body().mediaTypes().get(0), new byte[0]));
            faults.add((f, o, r, n) -> f.withBody(o, r, n, "invalid UTF-8", false, o.body().mediaTypes().get(0),
                    concat(bytes("id;name\n1;"), INVALID_UTF8_B)));
        }
        for (Parameter p : op.parameters()) {
            faults.add((f, o, r, n) -> f.badParameter(o, r, n, p));
            if (p.in().equals("query")) {
                faults.add((f, o, r, n) -> f.extremeQuery(o, r, n, p));
                if (p.required()) {
                    faults.add((f, o, r, n) -> f.build(o, r, n, "missing " + p.name(), true, Map.of(p.name(), List.of()), null, null, false));
                }
            }
        }
        faults.add((f, o, r, n) -> f.build(o, r, n, "extra and repeated query parameters", false,
                Map.of("fuzz", List.of("1", "%FF%FE", "x".repeat(1000))), null, null, body != null));
        return faults;
    }

    @FunctionalInterface
    private interface BodyFault {
        Case make(OpenApiFuzz fuzz, Operation op, Random random);
    }

    /** Numbering is the run's: each body fault is told its case number afterwards. */
    private static Fault Fault(BodyFault fault) {
        return (f, o, r, n) -> {
            Case c = fault.make(f, o, r);
            return new Case(c.operation(), n, c.fault(), c.mustBeRefused(), c.uri(), c.contentType(), c.body());
        };
    }

    private Case missingRequired(Operation op, Random random) {
        Map<String, Object> value = asMap(valid(op.body().schema(), random));
        List<String> required = strings(op.body().schema().get("required"));
        if (required.isEmpty()) {
            return withBody(op, random, 0, "no required field to leave out: {}", false, JSON, bytes("{}"));
        }
        String left = pick(random, required);
        value.remove(left);
        return withBody(op, random, 0, "without required " + left, true, JSON, bytes(toJson(value)));
    }

    private Case wrongType(Operation op, Random random) {
        Map<String, Object> value = asMap(valid(op.body().schema(), random));
        Map<String, Object> properties = map(op.body().schema().get("properties"));
        if (properties.isEmpty()) {
            return withBody(op, random, 0, "wrong type of the whole body", true, JSON, bytes("[]"));
        }
        String field = pick(random, new ArrayList<>(properties.keySet()));
        Map<String, Object> schema = map(properties.get(field));
        String type = type(schema);
        Object wrong;
        switch (type) {
            case "integer", "number" -> wrong = pick(random, List.of("abc", Map.of("n", 1), List.of(1, 2), true));
            case "boolean" -> wrong = pick(random, List.of("maybe", Map.of("b", true), List.of(true), 2));
            case "array" -> wrong = pick(random, List.of("abc", 42, Map.of("a", 1)));
            case "object" -> wrong = pick(random, List.of("abc", 42, List.of(1), true));
            default -> wrong = pick(random, List.of(Map.of("s", "x"), List.of("x", "y")));
        }
        value.put(field, wrong);
        return withBody(op, random, 0, field + " of the wrong type", true, JSON, bytes(toJson(value)));
    }

    private Case extraFields(Operation op, Random random) {
        Map<String, Object> value = asMap(valid(op.body().schema(), random));
        value.put("fuzzExtra" + random.nextInt(1000), pick(random, List.of("x", 1, List.of(), Map.of("a", 1))));
        value.put("", null);
        return withBody(op, random, 0, "extra fields", false, JSON, bytes(toJson(value)));
    }

    private Case replaceLeaves(Operation op, Random random, String fault, java.util.function.Predicate<Object> which,
            Function<Object, Object> by) {
        Object value = valid(op.body().schema(), random);
        return withBody(op, random, 0, fault, false, JSON, bytes(toJson(replace(value, which, by, random))));
    }

    private static Object replace(Object value, java.util.function.Predicate<Object> which, Function<Object, Object> by, Random random) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, replace(v, which, by, random)));
            return copy;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(v -> replace(v, which, by, random)).collect(Collectors.toList());
        }
        return which.test(value) && random.nextInt(3) > 0 ? by.apply(value) : value;
    }

    private Case withBody(Operation op, Random random, int number, String fault, boolean mustBeRefused, String contentType,
            byte[] body) {
        return build(op, random, number, fault, mustBeRefused, Map.of(), contentType, body, false);
    }

    private Case badParameter(Operation op, Random random, int number, Parameter p) {
        String type = type(p.schema());
        String format = String.valueOf(p.schema().get("format"));
        List<String> values = new ArrayList<>(List.of("abc", "x".repeat(1500), "%FF%FE", "%C3%28", "åäö", "-1",
                "9223372036854775808", "1e309", "' OR 1=1 --", "null"));
        boolean typed = type.equals("integer") || type.equals("number") || format.equals("uuid") || p.schema().containsKey("enum")
                || format.equals("date") || format.equals("date-time");
        String value = pick(random, values);
        boolean stillOfTheType = switch (type) {
            case "integer" -> value.equals("-1") || (value.equals("9223372036854775808")
                    && !"int32".equals(format) && !"int64".equals(format));
            case "number" -> value.equals("-1") || value.equals("1e309") || value.equals("9223372036854775808");
            default -> false;
        };
        boolean refuse = typed && !stillOfTheType;
        Map<String, List<String>> query = new HashMap<>();
        Map<String, String> path = new HashMap<>();
        if (p.in().equals("path")) {
            path.put(p.name(), PRE_ENCODED.contains(value) ? value : encode(value));
        } else {
            query.put(p.name(), List.of(value));
        }
        return build(op, random, number, p.in() + " " + p.name() + " = " + abbreviate(value), refuse, query, JSON, null, true, path);
    }

    private Case extremeQuery(Operation op, Random random, int number, Parameter p) {
        String value = pick(random, random.nextBoolean() ? EXTREME_DATES : ODD_TEXT);
        return build(op, random, number, "query " + p.name() + " = " + abbreviate(value), false,
                Map.of(p.name(), List.of(value)), JSON, null, true);
    }

    private Case build(Operation op, Random random, int number, String fault, boolean mustBeRefused,
            Map<String, List<String>> query, String contentType, byte[] body, boolean validBody) {
        return build(op, random, number, fault, mustBeRefused, query, contentType, body, validBody, Map.of());
    }

    /**
     * The operation's path with its parameters filled (the given bad ones, else well-formed values), its
     * required query parameters (left out where {@code query} maps them to nothing) and the body.
     */
    private Case build(Operation op, Random random, int number, String fault, boolean mustBeRefused,
            Map<String, List<String>> query, String contentType, byte[] body, boolean validBody, Map<String, String> badPath) {
        String path = op.path();
        StringBuilder q = new StringBuilder();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                String value = badPath.containsKey(p.name()) ? badPath.get(p.name())
                        : encode(pathValues.getOrDefault(p.name(), wellFormed(p.schema(), random)));
                path = path.replace("{" + p.name() + "}", value);
            } else if (!query.containsKey(p.name()) && p.required()) {
                append(q, p.name(), encode(wellFormed(p.schema(), random)));
            }
        }
        query.forEach((name, values) -> values.forEach(v -> append(q, name, PRE_ENCODED.contains(v) ? v : encode(v))));
        byte[] sent = body;
        String type = contentType;
        if (validBody && op.body() != null) {
            if (op.body().json()) {
                sent = bytes(toJson(valid(op.body().schema(), random)));
                type = JSON;
            } else {
                sent = bytes("a;b\n1;2\n");
                type = op.body().mediaTypes().get(0);
            }
        } else if (validBody || (body == null && op.body() == null)) {
            type = null;
        }
        return new Case(op, number, fault, mustBeRefused, path + (q.isEmpty() ? "" : "?" + q), type, sent);
    }

    // ---- well-formed values from the schema -------------------------------------------------------------

    private String wellFormed(Map<String, Object> schema, Random random) {
        Object value = valid(schema, random);
        return value == null ? "x" : String.valueOf(value);
    }

    private String validJson(Map<String, Object> schema, Random random) {
        return toJson(valid(schema, random));
    }

    /** A value the schema allows, as a JSON tree of maps, lists, strings, numbers and booleans. */
    Object valid(Map<String, Object> schema, Random random) {
        if (schema == null || schema.isEmpty()) {
            return "fuzz";
        }
        List<Object> enumeration = list(schema.get("enum"));
        if (!enumeration.isEmpty()) {
            return enumeration.get(random.nextInt(enumeration.size()));
        }
        String format = String.valueOf(schema.get("format"));
        return switch (type(schema)) {
            case "integer" -> 1 + random.nextInt(5);
            case "number" -> 1.5;
            case "boolean" -> random.nextBoolean();
            case "array" -> new ArrayList<>(List.of(valid(map(schema.get("items")), random)));
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                map(schema.get("properties")).forEach((name, s) -> object.put(name, valid(map(s), random)));
                yield object;
            }
            default -> switch (format) {
                case "date" -> "2026-11-30";
                case "date-time" -> "2026-11-30T09:00:00Z";
                case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                case "local-time" -> "08:00";
                default -> "fuzz-" + random.nextInt(1000);
            };
        };
    }

    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "string";
        }
        return String.valueOf(type);
    }

    /** $ref within the document, resolved (to a bounded depth: schemas may refer to themselves). */
    private record Resolver(Map<String, Object> doc) {
        Map<String, Object> resolve(Map<String, Object> node) {
            Map<String, Object> current = node;
            for (int i = 0; i < 10 && current.get("$ref") instanceof String ref && ref.startsWith("#/"); i++) {
                Object target = doc;
                for (String part : ref.substring(2).split("/")) {
                    target = map(target).get(part);
                }
                current = map(target);
            }
            for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
                List<Object> parts = list(current.get(combiner));
                if (!parts.isEmpty()) {
                    Map<String, Object> merged = new LinkedHashMap<>(current);
                    merged.remove(combiner);
                    for (Object part : combiner.equals("allOf") ? parts : parts.subList(0, 1)) {
                        Map<String, Object> resolved = resolve(map(part));
                        resolved.forEach(merged::putIfAbsent);
                    }
                    current = merged;
                }
            }
            return current;
        }

        Map<String, Object> deep(Map<String, Object> schema, int depth) {
            Map<String, Object> resolved = new LinkedHashMap<>(resolve(schema));
            if (depth > 4) {
                resolved.remove("properties");
                resolved.remove("items");
                return resolved;
            }
            if (resolved.get("properties") instanceof Map<?, ?> properties) {
                Map<String, Object> deepProperties = new LinkedHashMap<>();
                properties.forEach((k, v) -> deepProperties.put((String) k, deep(map(v), depth + 1)));
                resolved.put("properties", deepProperties);
            }
            if (resolved.get("items") instanceof Map<?, ?> items) {
                resolved.put("items", deep(map(items), depth + 1));
            }
            return resolved;
        }
    }

    // ---- small helpers ----------------------------------------------------------------------------------

    private static byte[] broken(String json, Random random) {
        List<String> ways = List.of(json.substring(0, Math.max(1, json.length() / 2)), "{", "{\"a\":", "{]", json + "}",
                json.replaceFirst(":", ""), "{'single':'quotes'}", json.replace("\"", ""));
        return bytes(pick(random, ways));
    }

    /** The JSON with invalid UTF-8 bytes inside its first string value (or in place of the body). */
    private static byte[] invalidUtf8(String json, Random random) {
        byte[] bad = random.nextBoolean() ? INVALID_UTF8_A : INVALID_UTF8_B;
        int quote = json.indexOf("\":\"");
        if (quote < 0) {
            return concat(bytes("{\"x\":\""), concat(bad, bytes("\"}")));
        }
        int at = quote + 3;
        return concat(bytes(json.substring(0, at)), concat(bad, bytes(json.substring(at))));
    }

    private static void append(StringBuilder query, String name, String value) {
        query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=').append(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }

    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> toJson(String.valueOf(e.getKey())) + ":" + toJson(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> l) {
            return l.stream().map(OpenApiFuzz::toJson).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toString();
        }
        return String.valueOf(value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    private static String get(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
