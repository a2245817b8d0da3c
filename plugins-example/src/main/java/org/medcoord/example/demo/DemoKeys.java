package org.medcoord.example.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The demo's encryption and token keys, kept in {@code demo-keys.properties} in the data folder so that a
 * second run can read what the first one stored. A real deployment keeps them in a KMS behind a
 * {@code KeyProvider}; a file next to the data is for a demo only.
 */
final class DemoKeys {

    static final String FILE = "demo-keys.properties";
    private static final String ENCRYPTION = "medcoord.keys.encryption";
    private static final String TOKEN = "medcoord.keys.token";

    private DemoKeys() {
    }

    /** @return the key settings, created on the first run */
    static Map<String, String> loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                keys.load(in);
            }
            if (keys.getProperty(ENCRYPTION) == null || keys.getProperty(TOKEN) == null) {
                throw new IOException(file + " lacks " + ENCRYPTION + " or " + TOKEN + "; restore it, or use a new --data folder");
            }
        } else {
            if (Files.exists(dataDir.resolve("medcoord.mv.db"))) {
                throw new IOException(file + " is missing but " + dataDir.resolve("medcoord.mv.db") + " exists: the data "
                        + "cannot be read without the keys it was written with; restore the file, or use a new --data folder");
            }
            Files.createDirectories(dataDir);
            keys.setProperty(ENCRYPTION, randomKey());
            keys.setProperty(TOKEN, randomKey());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                keys.store(out, "MedCoord clinic-day demo keys: the data in this folder (or the --jdbc-url database) is "
                        + "readable only with them");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder's own permissions apply
            }
        }
        return Map.of(ENCRYPTION, keys.getProperty(ENCRYPTION), TOKEN, keys.getProperty(TOKEN));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
