package org.restock.adapters.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * PostgreSQL refuses to run as root ({@code initdb}, {@code pg_ctl} and {@code postgres} check the
 * effective user), and CI runs builds as root. When this JVM is root, the embedded server's
 * archive is handed to zonky with those three programs wrapped: the wrapper gives the data
 * directory to {@code nobody} and runs the real program as {@code nobody} through {@code setpriv}
 * (util-linux). As any other user the archive is passed through untouched (ADR 0035).
 */
public final class RootSafePostgresBinaries implements PgBinaryResolver {

    static final String UNPRIVILEGED = "65534";
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");

    /** Runs the real program as nobody when started as root; gives it the -D directory first. */
    private static final String WRAPPER = """
            #!/bin/sh
            real="$0.real"
            if [ "$(id -u)" = 0 ]; then
              previous=""
              for argument in "$@"; do
                if [ "$previous" = "-D" ]; then
                  chown -R %1$s:%1$s "$argument"
                fi
                previous="$argument"
              done
              exec setpriv --reuid=%1$s --regid=%1$s --clear-groups "$real" "$@"
            fi
            exec "$real" "$@"
            """.formatted(UNPRIVILEGED);

    public static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (!runningAsRoot()) {
            return original;
        }
        byte[] archive;
        try (original) {
            archive = original.readAllBytes();
        }
        // Repacking takes seconds: keep the result next to zonky's own extraction directories.
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg",
                "restock-root-safe-" + sha256(archive).substring(0, 16) + ".txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "restock-root-safe", ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                repack(new ByteArrayInputStream(archive), out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static void repack(InputStream original, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    entry.setName(name + ".real");
                    copy(in, out, entry);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    byte[] script = WRAPPER.getBytes(StandardCharsets.US_ASCII);
                    wrapper.setSize(script.length);
                    wrapper.setMode(0100755);
                    wrapper.setModTime(entry.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    copy(in, out, entry);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }
}
