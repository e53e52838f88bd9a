package org.vfmworkbook.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.http.auth.session.encryption-key}, which encrypts the session cookie, without a secret in the repository:
 * the {@code VFM_SESSION_KEY} environment variable when set (several instances must share one key), otherwise a random key
 * generated on first use and kept in {@code <vfm.data-dir>/session.key} (readable by its owner only), so sessions survive a restart.
 * Anything set explicitly (for example {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}) wins, as this source has a low ordinal.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String ENVIRONMENT_VARIABLE = "VFM_SESSION_KEY";
    static final String FILE_NAME = "session.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("vfm.data-dir");
        Path keyFile = Path.of(dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue())
                .resolve(FILE_NAME);
        return List.of(new SessionKeySource(keyFile));
    }

    static final class SessionKeySource implements ConfigSource {

        private final Path keyFile;
        private volatile String key;

        SessionKeySource(Path keyFile) {
            this.keyFile = keyFile;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(PROPERTY, getValue(PROPERTY));
        }

        @Override
        public String getValue(String propertyName) {
            if (!PROPERTY.equals(propertyName)) {
                return null;
            }
            if (key == null) {
                String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
                key = fromEnvironment != null && !fromEnvironment.isBlank()
                        ? fromEnvironment.strip()
                        : readOrCreate(keyFile);
            }
            return key;
        }

        @Override
        public String getName() {
            return "vfm-session-key";
        }

        @Override
        public int getOrdinal() {
            return 150;
        }
    }

    static synchronized String readOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                Files.createFile(keyFile);
                try {
                    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data directory's own permissions apply.
                }
                Files.writeString(keyFile, generated, StandardCharsets.US_ASCII);
                return generated;
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
            }
        } catch (IOException problem) {
            throw new UncheckedIOException(
                    "Cannot read or create the session key " + keyFile + ": set " + ENVIRONMENT_VARIABLE
                            + " or make the data directory writable",
                    problem);
        }
    }
}
