package vn.donthu.api.access.users;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintStream;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexSettings;

/**
 * {@code ./donthu reset-password USER}: a new random password for an account, printed once, for the
 * operator who lost the first admin's. It needs access to the cluster, not to the API.
 */
public final class ResetPasswordCommand {

    private ResetPasswordCommand() {
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length != 1 || args[0].startsWith("-")) {
            out.println("Usage: ./donthu reset-password USER\n\n"
                    + "Gives the account USER a new random password, printed once; its roles stay as they are.");
            return args.length == 1 && args[0].equals("--help") ? 0 : 2;
        }
        Settings settings = Settings.system();
        IndexSettings indices = IndexSettings.from(settings);
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings)) {
            indices.prepare(client);
            UserStore users = new UserStore(client, indices, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                    RememberedLogins.none());
            UserAccount account = users.find(args[0]).orElseThrow(
                    () -> new IllegalArgumentException("no account named '" + args[0] + "'"));
            String password = FirstAdmin.generatePassword();
            users.upsert(account.username(), password, account.roles().stream().map(vn.donthu.api.access.Role::parse).toList(),
                    account.createdBy());
            out.println("New password of '" + account.username() + "' " + account.roles() + ": " + password);
            return 0;
        }
    }
}
