package vn.donthu.api.access.users;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against the local accounts ({@link UserStore}, BCrypt), answering
 * from {@link RememberedLogins} when the same name and password succeeded moments ago.
 */
@Component
class RememberingPasswordCheck implements AuthenticationProvider {

    private final DaoAuthenticationProvider store;
    private final RememberedLogins remembered;

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
        var known = remembered.recall(username, password);
        if (known.isPresent()) {
            UsernamePasswordAuthenticationToken again = UsernamePasswordAuthenticationToken.authenticated(
                    known.get().principal(), null, known.get().authorities());
            again.setDetails(attempt.getDetails());
            return again;
        }
        long changes = remembered.changes();
        Authentication checked = store.authenticate(attempt);
        remembered.remember(username, password, checked.getPrincipal(), checked.getAuthorities(), changes);
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return store.supports(authentication);
    }
}
