package dev.trackboard.api.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads an audit value of any JSON type as text, so a feature that records a list or an object
 * (settings: the platforms tracked) does not make the client refuse the whole page.
 */
final class AuditValueText extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode value = parser.readValueAsTree();
        return value.isTextual() ? value.asText() : value.toString();
    }
}
