package dev.trackboard.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** The one JSON mapper of the API client: tolerant of new fields, strict about types. */
final class ApiJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("trackboard-ids")
                    .addSerializer(GuildId.class, ToStringSerializer.instance)
                    .addDeserializer(GuildId.class, new GuildIdDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    <T> T read(byte[] body, JavaType type) throws IOException {
        return mapper.readValue(body, type);
    }

    JavaType type(Class<?> type) {
        return mapper.getTypeFactory().constructType(type);
    }

    JavaType listEnvelope(Class<?> itemType) {
        return mapper.getTypeFactory().constructParametricType(Items.class, itemType);
    }

    /** The {@code {"items": [...]}} envelope of list endpoints. */
    record Items<T>(java.util.List<T> items) {
    }

    private static final class GuildIdDeserializer extends JsonDeserializer<GuildId> {
        @Override
        public GuildId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return new GuildId(parser.getValueAsString());
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(parser.getValueAsString(), GuildId.class, "not a snowflake");
            }
        }
    }
}
