package vn.donthu.api.access.users;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.donthu.api.access.Role;
import vn.donthu.index.IndexSettings;

/**
 * Local accounts, kept in the {@code users} index with BCrypt password hashes, so every instance
 * of the API behind a load balancer knows the same people.
 */
@Service
public class UserStore implements UserDetailsService {

    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    private final ElasticsearchClient client;
    private final String alias;
    private final PasswordEncoder passwords;
    private final RememberedLogins remembered;

    UserStore(ElasticsearchClient client, IndexSettings indices, PasswordEncoder passwords, RememberedLogins remembered) {
        this.client = client;
        this.alias = indices.names().alias("users");
        this.passwords = passwords;
        this.remembered = remembered;
    }

    /**
     * Creates an account; refuses a name that is taken (the username is the document id, created
     * only if absent, so two instances starting together cannot both create the first admin).
     */
    public UserAccount create(String username, String password, Collection<Role> roles, String createdBy) {
        if (username == null || !username.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("a username is 2 to 64 lowercase letters, digits, '.', '_' or '-', not '" + username + "'");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("a password has at least 12 characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        UserAccount account = new UserAccount(username, passwords.encode(password),
                roles.stream().map(Role::name).sorted().toList(), Instant.now(), createdBy);
        try {
            client.create(c -> c.index(alias).id(username).document(account).refresh(Refresh.True));
            remembered.forget(username);
            return account;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                throw new IllegalArgumentException("the username '" + username + "' is taken");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the account or gives it a new password and these roles (the demo profile's account). */
    void upsert(String username, String password, Collection<Role> roles, String createdBy) {
        UserAccount account = new UserAccount(username, passwords.encode(password),
                roles.stream().map(Role::name).sorted().toList(), Instant.now(), createdBy);
        try {
            client.index(i -> i.index(alias).id(username).document(account).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            remembered.forget(username);
        }
    }

    public Optional<UserAccount> find(String username) {
        try {
            GetResponse<UserAccount> found = client.get(g -> g.index(alias).id(username), UserAccount.class);
            return found.found() ? Optional.of(found.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<UserAccount> all() {
        try {
            return client.search(s -> s.index(alias).size(1000).sort(o -> o.field(f -> f.field("username"))), UserAccount.class)
                    .hits().hits().stream().map(h -> h.source()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean anyAdmin() {
        try {
            return client.count(c -> c.index(alias).query(q -> q.term(t -> t.field("roles").value(Role.ADMIN.name())))).count() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> Role.parse(r).authority()).toList()).build();
    }
}
