package dev.trackboard.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Tracking API contract ({@code static/openapi/tracking-api.yaml}) as a test oracle: checks a
 * JSON body against a component schema or against the schema of a documented response. OpenAPI
 * 3.1 schemas are JSON Schema 2020-12, validated with networknt json-schema-validator
 * (docs/decisions/0004-openapi-contract-tests.md). Usable by the embedded API's tests and by the
 * dashboard client's tests alike.
 */
public final class OpenApiContract {

    public static final String TRACKING_API = "classpath:static/openapi/tracking-api.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final String location;
    private final JsonNode document;
    /** JSON Schema 2020-12, told that the OpenAPI document's own top-level keys are no schema keywords. */
    private static final JsonMetaSchema OPENAPI_31 = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keywords(Stream.of("openapi", "info", "servers", "security", "paths", "components", "webhooks", "tags",
                    "externalDocs", "jsonSchemaDialect").map(NonValidationKeyword::new).toList())
            .build();

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OPENAPI_31));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String location) {
        this.location = location;
        String resource = location.substring("classpath:".length());
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource: " + resource);
            }
            this.document = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenApiContract trackingApi() {
        return LOADED.computeIfAbsent(TRACKING_API, OpenApiContract::new);
    }

    /** Violations of {@code #/components/schemas/{schemaName}}; empty when the body conforms. */
    public List<String> violations(String schemaName, String json) {
        if (document.path("components").path("schemas").path(schemaName).isMissingNode()) {
            throw new IllegalArgumentException("The contract has no schema " + schemaName);
        }
        ObjectNode reference = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + schemaName);
        return validate(schemas.computeIfAbsent("#" + schemaName, key -> schema(reference)), json);
    }

    /**
     * Violations of the schema documented for {@code method path} answering {@code status} with
     * {@code contentType}, e.g. {@code ("get", "/guilds/{guildId}/roles", 200, "application/json")}.
     */
    public List<String> responseViolations(String method, String path, int status, String contentType, String json) {
        JsonNode response = document.path("paths").path(path).path(method.toLowerCase()).path("responses")
                .path(String.valueOf(status));
        response = resolve(response);
        JsonNode schema = response.path("content").path(contentType).path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("The contract documents no " + contentType + " body for "
                    + method + " " + path + " " + status);
        }
        String key = method + " " + path + " " + status + " " + contentType;
        return validate(schemas.computeIfAbsent(key, ignored -> schema(schema)), json);
    }

    /** Throws an AssertionError naming every violation. */
    public void assertValid(String schemaName, String json) {
        List<String> violations = violations(schemaName, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(schemaName + " violated: " + violations + "\nbody: " + json);
        }
    }

    public void assertValidResponse(String method, String path, int status, String contentType, String json) {
        List<String> violations = responseViolations(method, path, status, contentType, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(method + " " + path + " " + status + " violated: " + violations + "\nbody: " + json);
        }
    }

    /**
     * An answer the API gave over HTTP: its Content-Type is {@code contentType} (parameters aside) and
     * its body is valid for {@code method path} at the answer's status.
     */
    public void assertValidAnswer(String method, String path, HttpResponse<String> answer, String contentType) {
        String sent = answer.headers().firstValue("Content-Type").orElse("");
        if (!sent.startsWith(contentType)) {
            throw new AssertionError(method + " " + path + " " + answer.statusCode() + " answered " + sent
                    + ", not " + contentType + "\nbody: " + answer.body());
        }
        assertValidResponse(method, path, answer.statusCode(), contentType, answer.body());
    }

    private JsonSchema schema(JsonNode node) {
        // The schema is the whole document with the wanted schema's keywords added at its root, so
        // "#/components/schemas/..." references resolve inside it. The OpenAPI keys at the root
        // (openapi, info, paths, ...) are no JSON Schema keywords and are ignored.
        ObjectNode root = document.deepCopy();
        root.setAll((ObjectNode) node);
        return factory.getSchema(SchemaLocation.of(location), root, config);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#") ? document.at(ref.asText().substring(1)) : node;
    }

    private static List<String> validate(JsonSchema schema, String json) {
        JsonNode body;
        try {
            body = JSON.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return schema.validate(body).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
