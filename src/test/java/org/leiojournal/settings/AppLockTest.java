package org.leiojournal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLockTest {

    @TempDir
    Path folder;

    @Test
    void onlyThePassphraseItWasMadeWithOpensIt() {
        AppLock lock = AppLock.create("violet river".toCharArray(), 5);
        assertTrue(lock.opensWith("violet river".toCharArray()));
        assertFalse(lock.opensWith("violet rivers".toCharArray()));
        assertFalse(lock.opensWith("".toCharArray()));
        assertEquals(AppLock.ITERATIONS, lock.iterations());
    }

    @Test
    void theSamePassphraseGetsADifferentSaltAndHashEachTime() {
        AppLock one = AppLock.create("violet river".toCharArray(), 5);
        AppLock two = AppLock.create("violet river".toCharArray(), 5);
        assertNotEquals(one.salt(), two.salt());
        assertNotEquals(one.hash(), two.hash());
    }

    @Test
    void theLockFileIsPrivateKeepsNoPassphraseAndRoundTrips() throws Exception {
        LockStore store = new LockStore(folder);
        assertEquals(Optional.empty(), store.load(), "no file, no lock");
        AppLock lock = AppLock.create("violet river".toCharArray(), 15);
        store.save(lock);
        assertEquals(Optional.of(lock), store.load());
        assertFalse(Files.readString(store.file()).contains("violet"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        store.remove();
        assertEquals(Optional.empty(), store.load(), "deleting the file turns the lock off");
    }

    @Test
    void aDamagedLockFileStillLocksAndOpensWithNothing() throws Exception {
        LockStore store = new LockStore(folder);
        Files.writeString(store.file(), "{ broken");
        AppLock lock = store.load().orElseThrow();
        assertFalse(lock.opensWith("".toCharArray()));
        assertFalse(lock.opensWith("violet river".toCharArray()));
    }
}
