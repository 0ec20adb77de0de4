package vn.donthu.api.access.users;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Collection;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against the local accounts ({@link UserStore}, BCrypt), answering
 * from {@link RememberedLogins} when the same name and password succeeded moments ago. Requests
 * arriving together with the same credentials share one check, so that a client's parallel
 * requests do not each spend a BCrypt check when its login expires.
 */
@Component
class RememberingPasswordCheck implements AuthenticationProvider {

    private final DaoAuthenticationProvider store;
    private final RememberedLogins remembered;
    private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();

    RememberingPasswordCheck(UserStore users, PasswordEncoder passwords, RememberedLogins remembered) {
        this.store = new DaoAuthenticationProvider(users);
        this.store.setPasswordEncoder(passwords);
        this.remembered = remembered;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!remembered.enabled() || !(attempt.getCredentials() instanceof String password)) {
            return store.authenticate(attempt);
        }
        String username = attempt.getName();
        String key = remembered.key(username, password);
        var known = remembered.recall(key);
        if (known.isPresent()) {
            return again(known.get().principal(), known.get().authorities(), attempt);
        }
        long changes = remembered.changes();
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return sharedOrOwn(running, changes, attempt);
        }
        try {
            Authentication checked = store.authenticate(attempt);
            remembered.remember(key, username, checked.getPrincipal(), checked.getAuthorities(), changes);
            mine.complete(checked);
            return checked;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** The result of the check already running for the same credentials, unless the account changed meanwhile. */
    private Authentication sharedOrOwn(CompletableFuture<Authentication> running, long changes, Authentication attempt) {
        try {
            Authentication checked = running.join();
            if (remembered.changes() == changes) {
                return again(checked.getPrincipal(), checked.getAuthorities(), attempt);
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof AuthenticationException refused && remembered.changes() == changes) {
                throw refused;
            }
        }
        return store.authenticate(attempt);
    }

    private static Authentication again(Object principal, Collection<? extends GrantedAuthority> authorities, Authentication attempt) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        token.setDetails(attempt.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return store.supports(authentication);
    }
}
