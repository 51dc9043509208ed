package org.leiojournal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.leiojournal.domain.backup.BackupRotation;
import org.leiojournal.platform.FilePermissions;
import org.sqlite.SQLiteConfig;

/**
 * The journal's backups: consistent copies made through SQLite's online backup while the journal is open, named
 * {@code journal-<reason>-<yyyyMMdd-HHmmss>.sqlite} (UTC) in the {@code backups} folder beside it, private to the
 * user, and rotated by {@link BackupRotation}. A copy made before a change (an import, a restore, an upgrade) is
 * kept for at least a week whatever the rotation says, so the change can be undone.
 */
public final class Backups {

    public static final String DAILY = "daily";
    public static final String MANUAL = "manual";
    public static final String BEFORE_IMPORT = "before-import";
    public static final String BEFORE_RESTORE = "before-restore";
    private static final Duration KEEP_BEFORE_A_CHANGE = Duration.ofDays(7);
    private static final Pattern NAME = Pattern.compile("journal-(.+)-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    private final Database db;
    private final Path folder;
    private final Clock clock;

    Backups(Database db, Path journalFolder, Clock clock) {
        this.db = db;
        this.folder = journalFolder.resolve(JournalStore.BACKUP_FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    static String beforeMigrationTo(int version) {
        return "before-v" + version;
    }

    /** Copies the journal as it is now into the backups folder, then lets the rotation thin the folder out. */
    public BackupFile backUp(String reason) {
        return backUp(reason, Optional.empty());
    }

    /** As above, never rotating {@code spare} away (the backup about to be restored). */
    BackupFile backUp(String reason, Optional<Path> spare) {
        Instant now = clock.instant().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
        try {
            FilePermissions.createPrivateDirectory(folder);
            String stem = "journal-" + reason + "-" + STAMP.format(now.atOffset(ZoneOffset.UTC));
            Path copy = copyNamed(folder, stem);
            BackupFile made = new BackupFile(copy, reason, now);
            rotate(made, spare);
            LOG.info(() -> "Backed up the journal (" + reason + ")");
            return made;
        } catch (IOException e) {
            throw new StorageException("Could not write a backup of the journal", e);
        }
    }

    /** The daily backup, when there is none from today (in the clock's zone) yet. */
    public Optional<BackupFile> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(b -> b.takenAt().atZone(clock.getZone()).toLocalDate()
                .equals(today));
        return done ? Optional.empty() : Optional.of(backUp(DAILY));
    }

    /** The backups in the folder, newest first; files not named like one are left out (and never deleted). */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Backups::parse).flatMap(Optional::stream)
                    // names hold whole seconds; within one, the file written last is the newer copy
                    .sorted(Comparator.comparing(BackupFile::takenAt)
                            .thenComparing(b -> lastWritten(b.file())).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StorageException("Could not list the backups", e);
        }
    }

    /** A consistent copy of the journal into {@code dir} (a USB stick), never over a file already there. */
    public Path copyTo(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString());
        }
        return copyNamed(dir, "leio-journal-" + LocalDate.now(clock));
    }

    /**
     * A consistent copy of the journal in {@code dir} as {@code stem}.sqlite, or {@code stem}-2.sqlite, -3… when
     * that name is taken (never over a file), readable by the user alone.
     */
    private Path copyNamed(Path dir, String stem) throws IOException {
        Path copy = dir.resolve(stem + ".sqlite");
        for (int n = 2; Files.exists(copy); n++) {
            copy = dir.resolve(stem + "-" + n + ".sqlite");
        }
        db.backupTo(copy);
        FilePermissions.makePrivate(copy);
        return copy;
    }

    private void rotate(BackupFile made, Optional<Path> spare) throws IOException {
        List<BackupFile> all = list();
        Set<Instant> keep = BackupRotation.keep(all.stream().map(BackupFile::takenAt).toList(), clock.getZone());
        Instant now = clock.instant();
        Set<Instant> seen = new java.util.HashSet<>();
        for (BackupFile backup : all) { // newest first
            // several backups in one second share a moment: the rule keeps only the newest of them
            boolean newestAtItsMoment = seen.add(backup.takenAt());
            boolean recentChange = backup.beforeAChange()
                    && backup.takenAt().isAfter(now.minus(KEEP_BEFORE_A_CHANGE));
            boolean spared = spare.map(p -> p.toAbsolutePath().normalize()
                    .equals(backup.file().toAbsolutePath().normalize())).orElse(false);
            if (!backup.file().equals(made.file()) && !recentChange && !spared
                    && !(keep.contains(backup.takenAt()) && newestAtItsMoment)) {
                Files.deleteIfExists(backup.file());
            }
        }
    }

    private static long lastWritten(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    static Optional<BackupFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant taken = LocalDateTime.parse(m.group(2), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupFile(file, m.group(1), taken));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What {@code file} holds, read without writing to it or beside it; refused unless it is a whole journal of a
     * schema this app reads ({@code latestVersion} or older).
     */
    public static BackupSummary summarize(Path file, int latestVersion) throws BackupRefusedException {
        if (!startsLikeSqlite(file)) {
            throw new BackupRefusedException(file, BackupRefusedException.Why.NOT_A_JOURNAL, "is not an SQLite file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new BackupRefusedException(file, BackupRefusedException.Why.DAMAGED, "is damaged");
                }
            }
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version == 0 || !hasTable(c, "check_in")) {
                throw new BackupRefusedException(file, BackupRefusedException.Why.NOT_A_JOURNAL,
                        "is not a Leio Journal journal");
            }
            if (version > latestVersion) {
                throw new BackupRefusedException(file, BackupRefusedException.Why.NEWER,
                        "was written by a newer Leio Journal (schema " + version + ")");
            }
            Instant taken = parse(file).map(BackupFile::takenAt)
                    .orElse(Files.getLastModifiedTime(file).toInstant());
            return new BackupSummary(file, taken, version, count(c, "check_in"), count(c, "course"),
                    count(c, "appointment"));
        } catch (SQLException | IOException e) {
            throw new BackupRefusedException(file, BackupRefusedException.Why.DAMAGED, "could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean startsLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Rows of {@code table}, 0 where an older schema has no such table yet. */
    private static int count(Connection c, String table) throws SQLException {
        if (!hasTable(c, table)) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
