package org.leiojournal.storage;

import org.leiojournal.platform.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.logging.Logger;

/**
 * An open journal: the data folder locked for this process, the SQLite file migrated to the current schema,
 * and the repositories that read and write it. Opening never writes to a journal from a newer version, and a
 * second copy of the app on the same folder is refused before it touches anything.
 */
public final class JournalStore implements AutoCloseable {

    public static final String FILE_NAME = "journal.sqlite";
    public static final String BACKUP_FOLDER = "backups";
    /** A folder holding this file is a sample journal of invented data, never someone's own. */
    public static final String SAMPLE_MARKER = "SAMPLE.txt";
    private static final Logger LOG = Logger.getLogger(JournalStore.class.getName());

    private final Path folder;
    private final DataFolderLock lock;
    private final Database db;
    private final Migrator migrator;
    private final Backups backups;
    private final CheckInRepository checkIns;
    private final SymptomItemRepository items;
    private final ProfileRepository profile;
    private final CareContactRepository contacts;
    private final CourseRepository courses;
    private final PriorAnthracyclineRepository priorAnthracycline;
    private final MedicineRepository medicines;
    private final ProcedureRepository procedures;
    private final HeartScanRepository heartScans;
    private final BloodTestRepository bloodTests;
    private final HomeVitalRepository homeVitals;
    private final AppointmentRepository appointments;
    private final ReminderStateRepository reminders;
    private final FollowUpPlanRepository followUpPlan;
    private final AlertRepository alerts;

    private JournalStore(Path folder, DataFolderLock lock, Database db, Migrator migrator, Backups backups) {
        this.folder = folder;
        this.lock = lock;
        this.db = db;
        this.migrator = migrator;
        this.backups = backups;
        this.checkIns = new CheckInRepository(db);
        this.items = new SymptomItemRepository(db);
        this.profile = new ProfileRepository(db);
        this.contacts = new CareContactRepository(db);
        this.courses = new CourseRepository(db);
        this.priorAnthracycline = new PriorAnthracyclineRepository(db);
        this.medicines = new MedicineRepository(db);
        this.procedures = new ProcedureRepository(db);
        this.heartScans = new HeartScanRepository(db);
        this.bloodTests = new BloodTestRepository(db);
        this.homeVitals = new HomeVitalRepository(db);
        this.appointments = new AppointmentRepository(db);
        this.reminders = new ReminderStateRepository(db);
        this.followUpPlan = new FollowUpPlanRepository(db);
        this.alerts = new AlertRepository(db);
    }

    /**
     * Opens the journal in {@code folder}. {@code clock} is the app's one clock: its zone decides the user's "today"
     * for the daily backup and for copies named by date.
     */
    public static JournalStore open(Path folder, Clock clock) throws JournalInUseException, NewerJournalException {
        return open(folder, Migration.bundled(), clock);
    }

    static JournalStore open(Path folder, List<Migration> migrations, Clock clock)
            throws JournalInUseException, NewerJournalException {
        DataFolderLock lock = null;
        Database db = null;
        try {
            FilePermissions.createPrivateDirectory(folder);
            lock = DataFolderLock.acquire(folder);
            Path file = folder.resolve(FILE_NAME);
            FilePermissions.createPrivateFile(file);
            db = Database.open(file);
            Migrator migrator = new Migrator(migrations, clock);
            migrator.checkNotNewer(db);
            db.applyWritePragmas();
            Backups backups = new Backups(db, folder, clock);
            migrator.migrate(db, backups);
            for (String suffix : List.of("-wal", "-shm")) {
                FilePermissions.makePrivate(folder.resolve(FILE_NAME + suffix));
            }
            LOG.info("Journal opened");
            return new JournalStore(folder, lock, db, migrator, backups);
        } catch (IOException e) {
            closeQuietly(db, lock);
            throw new StorageException("Could not prepare the data folder", e);
        } catch (JournalInUseException | NewerJournalException | RuntimeException e) {
            closeQuietly(db, lock);
            throw e;
        }
    }

    private static void closeQuietly(Database db, DataFolderLock lock) {
        try {
            if (db != null) {
                db.close();
            }
            if (lock != null) {
                lock.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("Could not release the journal cleanly: " + e.getClass().getSimpleName());
        }
    }

    public Path folder() { return folder; }
    public Path file() { return folder.resolve(FILE_NAME); }
    public CheckInRepository checkIns() { return checkIns; }
    public SymptomItemRepository items() { return items; }
    public ProfileRepository profile() { return profile; }
    public CareContactRepository contacts() { return contacts; }
    public CourseRepository courses() { return courses; }
    public PriorAnthracyclineRepository priorAnthracycline() { return priorAnthracycline; }
    public MedicineRepository medicines() { return medicines; }
    public ProcedureRepository procedures() { return procedures; }
    public HeartScanRepository heartScans() { return heartScans; }
    public BloodTestRepository bloodTests() { return bloodTests; }
    public HomeVitalRepository homeVitals() { return homeVitals; }
    public AppointmentRepository appointments() { return appointments; }
    public ReminderStateRepository reminders() { return reminders; }
    public FollowUpPlanRepository followUpPlan() { return followUpPlan; }
    public AlertRepository alerts() { return alerts; }
    public Backups backups() { return backups; }

    /** What {@code file} holds, if it is a journal this app can restore; nothing is written. */
    public BackupSummary previewRestore(Path file) throws BackupRefusedException {
        return Backups.summarize(file, migrator.latestVersion());
    }

    /**
     * Puts the journal in {@code file} in place of this one, after backing this one up; an older journal is then
     * upgraded. A refused file, or a failure, leaves the journal as it was.
     */
    public RestoreResult restore(Path file) throws BackupRefusedException {
        BackupSummary summary = previewRestore(file);
        BackupFile before = backups.backUp(Backups.BEFORE_RESTORE, Optional.of(file));
        db.restoreFrom(file);
        migrator.migrate(db, backups);
        LOG.info("Journal restored from a backup");
        return new RestoreResult(summary, before);
    }

    /** True for a sample journal of invented data (its folder holds {@link #SAMPLE_MARKER}). */
    public boolean isSample() {
        return isSample(folder);
    }

    public static boolean isSample(Path folder) {
        return Files.isRegularFile(folder.resolve(SAMPLE_MARKER));
    }

    /** True when the folder already holds a journal file, whether or not it is open. */
    public static boolean holdsJournal(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    /**
     * Runs many repository calls as one transaction: all saved or none, and far faster than one commit (and one
     * disk flush) each. For bulk writes such as a sample journal; a user action is one repository call.
     */
    public void inOneTransaction(Runnable work) {
        db.inTransaction(c -> {
            work.run();
            return null;
        });
    }

    /** Every row of every table, references as uids, in a deterministic order: what an export writes. */
    public JournalRows rows() {
        return db.read(RowReader::read);
    }

    /** How many rows each table holds, in {@link JournalTables} order: what a replace would remove. */
    public Map<String, Integer> tableSizes() {
        return db.read(RowReader::sizes);
    }

    /**
     * Checks every row (check-ins and alerts are built as the app reads them), then writes them all in one
     * transaction, which also reads the other tables back through the repositories before it commits. The journal
     * is first copied into the backups folder. Rejected rows leave the journal as it was.
     */
    public ImportResult importRows(JournalRows rows, ImportMode mode) throws RowsRejectedException {
        JournalKeys before = mode == ImportMode.MERGE ? db.read(JournalKeys::read) : JournalKeys.NONE;
        Optional<RowProblem> problem = RowSetCheck.firstProblem(rows, before)
                .or(() -> ReadableRows.firstProblem(rows, before));
        if (problem.isPresent()) {
            throw new RowsRejectedException(problem.get());
        }
        Path backup = backups.backUp(Backups.BEFORE_IMPORT).file();
        try {
            Map<String, ImportResult.Count> counts = db.inTransaction(c -> {
                Map<String, ImportResult.Count> written = RowWriter.write(c, rows, mode, before);
                ReadBack.check(this);
                return written;
            });
            LOG.info(() -> "Imported " + rows.size() + " rows (" + mode + ")");
            return new ImportResult(mode, counts, Optional.of(backup));
        } catch (RowWriter.RejectedRow e) {
            deleteQuietly(backup);
            throw new RowsRejectedException(e.problem());
        }
    }

    /** The journal was left as it was, so the copy made for the replace is only clutter. */
    private static void deleteQuietly(Path backup) {
        try {
            if (backup != null) {
                Files.deleteIfExists(backup);
            }
        } catch (IOException e) {
            LOG.warning("Could not delete an unused copy of the journal");
        }
    }

    /**
     * Deletes the journal of a sample folder so that a fresh sample can be written there. A journal without the
     * sample marker is refused untouched, as is a sample open in another window; a folder with neither is left
     * as it is. The marker goes last, so a folder left half-deleted is still recognised as a sample.
     */
    public static void discardSample(Path folder) throws JournalInUseException, IOException {
        if (!isSample(folder)) {
            if (holdsJournal(folder)) {
                throw new IOException("not a sample journal: " + folder);
            }
            return;
        }
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            for (String name : List.of(FILE_NAME, FILE_NAME + "-wal", FILE_NAME + "-shm")) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Path backups = folder.resolve(BACKUP_FOLDER);
            if (Files.isDirectory(backups)) {
                try (Stream<Path> files = Files.walk(backups)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.delete(folder.resolve(SAMPLE_MARKER));
        }
    }

    @Override
    public void close() {
        closeQuietly(db, lock);
    }
}
