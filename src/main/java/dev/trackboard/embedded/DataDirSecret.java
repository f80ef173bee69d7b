package dev.trackboard.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A secret that belongs to one data directory: generated on first use, then read back from a file
 * there that only the owner may read. It is needed before the database exists (the dashboard's OAuth2
 * client registration is configured from it), which is why it is a file and not a row.
 */
final class DataDirSecret {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DataDirSecret() {
    }

    static String loadOrCreate(Path dataDir, String fileName) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(fileName);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent());
            String secret = SecretTokens.newToken();
            try {
                Files.writeString(create(file), secret, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
                return secret;
            } catch (FileAlreadyExistsException anotherStartWon) {
                return read(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded secret " + file, e);
        }
    }

    private static Path create(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createFile(file);
    }

    private static String read(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.length() < 32) {
            throw new IOException("the file holds no usable secret; delete it to generate a new one");
        }
        return secret;
    }
}
