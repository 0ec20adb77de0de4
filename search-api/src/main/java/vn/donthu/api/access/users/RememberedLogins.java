package vn.donthu.api.access.users;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Successful HTTP Basic logins, remembered for a short while so that a client sending the same
 * credentials with every request is not looked up and BCrypt-checked each time (hundreds of
 * milliseconds on a busy machine). Entries are keyed by a salted SHA-256 of name and password, never
 * the password; failed logins are not remembered. Changes made by this process forget the account at
 * once; changes made by another process ({@code ./donthu reset-password}, another instance) take
 * effect when the entry expires.
 */
@Component
public class RememberedLogins {

    /** Who a login proved to be: the principal and its authorities, never its credentials. */
    record Login(String username, Object principal, Collection<? extends GrantedAuthority> authorities, long expiresAt) {
    }

    private final long ttlNanos;
    private final int capacity;
    private final byte[] salt = new byte[32];
    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    /** Bumped by every account change, so a check that read the old password cannot be remembered after the change. */
    private final AtomicLong changes = new AtomicLong();

    RememberedLogins(@Value("${donthu.security.auth-cache-seconds:60}") long seconds,
                     @Value("${donthu.security.auth-cache-size:10000}") int capacity) {
        if (seconds < 0 || capacity < 0) {
            throw new IllegalArgumentException("donthu.security.auth-cache-seconds and -size cannot be negative");
        }
        this.ttlNanos = seconds * 1_000_000_000L;
        this.capacity = capacity;
        new SecureRandom().nextBytes(salt);
    }

    /** Remembers nothing: for commands that change accounts outside the API. */
    static RememberedLogins none() {
        return new RememberedLogins(0, 0);
    }

    boolean enabled() {
        return ttlNanos > 0 && capacity > 0;
    }

    Optional<Login> recall(String key) {
        Login login = logins.get(key);
        if (login == null || login.expiresAt() - System.nanoTime() <= 0) {
            return Optional.empty();
        }
        return Optional.of(login);
    }

    /** The change count to hand back to {@link #remember} once the password has been checked. */
    long changes() {
        return changes.get();
    }

    void remember(String key, String username, Object principal, Collection<? extends GrantedAuthority> authorities,
                  long changesBeforeCheck) {
        long now = System.nanoTime();
        if (logins.size() >= capacity) {
            logins.values().removeIf(l -> l.expiresAt() - now <= 0);
        }
        if (logins.size() >= capacity) {
            return;
        }
        logins.put(key, new Login(username, principal, authorities, now + ttlNanos));
        if (changes.get() != changesBeforeCheck) {
            forget(username);
        }
    }

    /** The account's password, roles or existence changed: its next request is checked against the store. */
    void forget(String username) {
        changes.incrementAndGet();
        logins.values().removeIf(l -> l.username().equals(username));
    }

    /** Where a login with this name and password is remembered: a salted hash, so the password itself is never kept. */
    String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            byte[] name = username.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(name.length).array());
            sha.update(name);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
