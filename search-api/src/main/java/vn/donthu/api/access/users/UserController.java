package vn.donthu.api.access.users;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.api.access.Role;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;

/** ADMIN creates accounts; a password left out is generated and returned this once. */
@RestController
@RequestMapping("/api/users")
class UserController {

    record NewUser(String username, String password, List<String> roles) {
    }

    record CreatedUser(String username, List<String> roles, String generatedPassword) {
    }

    record UserView(String username, List<String> roles, String createdBy) {
    }

    private final UserStore users;
    private final AuditTrail audit;

    UserController(UserStore users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser create(@RequestBody NewUser request, Authentication admin) {
        if (request.roles() == null) {
            throw new IllegalArgumentException("'roles' is required, e.g. [\"INSPECTOR\"]");
        }
        List<Role> roles = request.roles().stream().map(Role::parse).toList();
        String generated = request.password() == null ? FirstAdmin.generatePassword() : null;
        UserAccount account = users.create(request.username(), generated != null ? generated : request.password(), roles, admin.getName());
        audit.record(AuditEvent.of("user_created").query(account.username() + " " + account.roles()));
        return new CreatedUser(account.username(), account.roles(), generated);
    }

    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(a -> new UserView(a.username(), a.roles(), a.createdBy())).toList();
    }
}
