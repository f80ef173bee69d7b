package dev.trackboard.embedded.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.DemoSignIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Export calls of the tests over HTTP, the way the dashboard makes them, and the files read back. */
final class ExportCalls {

    private final ApiClient api;
    private final int port;
    private final HttpClient bytes = HttpClient.newHttpClient();

    ExportCalls(ApiClient api, int port) {
        this.api = api;
        this.port = port;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    static String base(String guildId) {
        return "/api/v1/guilds/" + guildId + "/exports";
    }

    HttpResponse<String> request(String guildId, String token, String key, String body) {
        return key == null
                ? api.http().postJson(base(guildId), body, "Authorization", "Bearer " + token)
                : api.http().postJson(base(guildId), body, "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    /** Requests an export and answers its id (202 expected). */
    long start(String guildId, String token, String body) {
        HttpResponse<String> answer = request(guildId, token, newKey(), body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return DemoSignIn.json(answer.body()).get("id").asLong();
    }

    JsonNode job(String guildId, String token, long id) {
        HttpResponse<String> answer = api.get(base(guildId) + "/" + id, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return DemoSignIn.json(answer.body());
    }

    /** Waits until the job has ended (whatever way) and answers it. */
    JsonNode ended(String guildId, String token, long id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = job(guildId, token, id).get("status").asText();
            return !status.equals("QUEUED") && !status.equals("RUNNING");
        });
        return job(guildId, token, id);
    }

    HttpResponse<String> cancel(String guildId, String token, long id) {
        return api.http().postJson(base(guildId) + "/" + id + "/cancel", null, "Authorization", "Bearer " + token);
    }

    HttpResponse<byte[]> download(String guildId, String token, long id) {
        try {
            return bytes.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base(guildId) + "/" + id
                    + "/download")).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Request, wait for success, download: the file's bytes. */
    byte[] export(String guildId, String token, String body) {
        long id = start(guildId, token, body);
        JsonNode job = ended(guildId, token, id);
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        HttpResponse<byte[]> file = download(guildId, token, id);
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    /** A CSV file parsed back by the library: the header row first, then every record. */
    static List<List<String>> csv(byte[] file) {
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(new String(file, StandardCharsets.UTF_8))) {
            List<List<String>> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<JsonNode> ndjson(byte[] file) {
        List<JsonNode> lines = new ArrayList<>();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        for (String line : text.split("\n")) {
            lines.add(DemoSignIn.json(line));
        }
        return lines;
    }
}
