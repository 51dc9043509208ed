package org.leiojournal.settings;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The app lock's settings as kept in {@code lock.json}: a salted PBKDF2-HMAC-SHA256 hash of the passphrase (never
 * the passphrase), and the minutes without use after which the window locks. The lock hides the journal from
 * someone at the computer; it does not encrypt the file.
 */
public record AppLock(String salt, String hash, int iterations, int idleMinutes) {

    public static final int MIN_LENGTH = 6;
    public static final List<Integer> IDLE_CHOICES = List.of(1, 5, 15, 30);
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter of a second here, once per unlock. */
    static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new lock for {@code passphrase}, with a fresh random salt. */
    public static AppLock create(char[] passphrase, int idleMinutes) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return new AppLock(base64.encodeToString(salt), base64.encodeToString(derive(passphrase, salt, ITERATIONS)),
                ITERATIONS, idleMinutes);
    }

    /** True when {@code passphrase} is the one the lock was made with; compared in constant time. */
    public boolean opensWith(char[] passphrase) {
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            return MessageDigest.isEqual(base64.decode(hash), derive(passphrase, base64.decode(salt), iterations));
        } catch (IllegalArgumentException e) {
            return false; // a damaged lock.json opens with nothing; deleting it removes the lock
        }
    }

    public AppLock withIdleMinutes(int minutes) {
        return new AppLock(salt, hash, iterations, minutes);
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }
}
