package org.leiojournal.settings;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Locks for tests of what the lock does (tries, waits, idle minutes), not of how hard its hash is to guess: the same
 * PBKDF2-HMAC-SHA256 as {@link AppLock#create} with 1,000 iterations instead of 210,000. A lock keeps its own
 * count, so it opens exactly as a real one does; each unlock then takes a millisecond, not a second (C1-only test
 * JVMs). {@code AppLockTest} checks the real count.
 */
public final class QuickLocks {

    private static final int ITERATIONS = 1_000;

    private QuickLocks() {
    }

    public static AppLock lock(String passphrase, int idleMinutes) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), salt, ITERATIONS, 256);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return new AppLock(base64.encodeToString(salt), base64.encodeToString(hash), ITERATIONS, idleMinutes);
    }
}
