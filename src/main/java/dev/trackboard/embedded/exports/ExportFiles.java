package dev.trackboard.embedded.exports;

import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * Where export files live: {@code {data-dir}/exports/{guildId}/{jobId}.part} while a job writes,
 * renamed to {@code {jobId}.{csv|ndjson}} when it is complete, so a download never sees half a file.
 * The names come from numbers the API made (a guild id checked as a snowflake, a job id), never from
 * the caller; the name the user sees is only in Content-Disposition.
 */
@Component
@ConditionalOnEmbeddedMode
class ExportFiles {

    private final Path root;

    ExportFiles(TrackboardProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize().resolve("exports");
    }

    Path partial(ExportJob job) {
        return directory(job.guildId()).resolve(job.id() + ".part");
    }

    Path complete(ExportJob job) {
        return directory(job.guildId()).resolve(job.id() + "." + job.format().extension);
    }

    Path createPartial(ExportJob job) throws IOException {
        Path partial = partial(job);
        Files.createDirectories(partial.getParent());
        return partial;
    }

    Path publish(ExportJob job) throws IOException {
        return Files.move(partial(job), complete(job), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes whatever file the job has, partial or complete. */
    void delete(ExportJob job) {
        try {
            Files.deleteIfExists(partial(job));
            Files.deleteIfExists(complete(job));
        } catch (IOException e) {
            throw new UncheckedIOException("An export file cannot be deleted", e);
        }
    }

    private Path directory(String guildId) {
        if (!guildId.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a guild id: " + guildId);
        }
        return root.resolve(guildId);
    }
}
