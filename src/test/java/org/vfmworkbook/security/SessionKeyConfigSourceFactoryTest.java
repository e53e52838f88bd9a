package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without VFM_SESSION_KEY, each installation generates its own session key once and keeps it private. */
class SessionKeyConfigSourceFactoryTest {

    @Test
    void generatesARandomKeyOnceAndReusesIt(@TempDir Path dataDir) throws Exception {
        Path keyFile = dataDir.resolve("nested").resolve(SessionKeyConfigSourceFactory.FILE_NAME);

        String first = SessionKeyConfigSourceFactory.readOrCreate(keyFile);
        String again = SessionKeyConfigSourceFactory.readOrCreate(keyFile);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(SessionKeyConfigSourceFactory.readOrCreate(dataDir.resolve("elsewhere.key")))
                .isNotEqualTo(first);
    }
}
