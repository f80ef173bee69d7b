package dev.trackboard.embedded.db;

import static dev.trackboard.testing.Demo.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.ApiClient;
import dev.trackboard.embedded.EmbeddedAppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No database error repeats silently: H2 writes no trace file (its messages go to the application's
 * log), and a sign-in plus the everyday reads raise no error inside the driver — before the fix each
 * sign-in logged ~60 "Column ... not found" stack traces from record mapping.
 */
@EmbeddedAppTest
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTraceTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TrackboardProperties properties;
    @Autowired
    HikariDataSource embeddedDataSource;

    @Test
    void h2HandsItsTraceToTheApplicationLogInsteadOfAFile() {
        // 4 = SLF4J, logger "h2database": an error in the driver shows in the log the test below reads
        assertThat(embeddedDataSource.getJdbcUrl()).contains(";TRACE_LEVEL_FILE=4");
    }

    @Test
    void aSignInAndTheGuildReadsRaiseNoDatabaseError(CapturedOutput output) throws IOException {
        int from = output.getAll().length();
        ApiClient api = new ApiClient(port);

        String token = ApiClient.accessToken(api.session("alice"));
        for (String path : new String[] {"", "/channels", "/roles", "/brands", "/status", "/status/history", "/health",
                "/usage"}) {
            assertThat(api.get("/api/v1/guilds/" + ACME + path, token).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(api.http().postJson("/api/v1/auth/logout", null, "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(204);

        assertThat(output.getAll().substring(from).lines())
                .noneMatch(line -> line.contains("h2database") || line.contains("not found [42122"));
        try (Stream<Path> files = Files.list(properties.dataDir())) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }
}
