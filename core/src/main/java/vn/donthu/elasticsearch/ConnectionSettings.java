package vn.donthu.elasticsearch;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.donthu.config.Settings;

/**
 * How to reach Elasticsearch. Without a URL the project runs its own managed node; with one it
 * talks to that cluster, authenticated by API key or user and password, trusting the given CA
 * certificate for TLS.
 */
public record ConnectionSettings(
        Optional<URI> url,
        Optional<String> apiKey,
        Optional<String> username,
        Optional<String> password,
        Optional<Path> caCertificate,
        int connections) {

    public static final String URL = "donthu.elasticsearch.url";
    public static final String API_KEY = "donthu.elasticsearch.api-key";
    public static final String USERNAME = "donthu.elasticsearch.username";
    public static final String PASSWORD = "donthu.elasticsearch.password";
    public static final String CA_CERTIFICATE = "donthu.elasticsearch.ca-certificate";
    /** HTTP connections kept open to Elasticsearch; the low-level client's default (10 per host) queues concurrent searches. */
    public static final String CONNECTIONS = "donthu.elasticsearch.connections";
    public static final int DEFAULT_CONNECTIONS = 64;

    public ConnectionSettings {
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(USERNAME + " and " + PASSWORD + " must be given together");
        }
        if (apiKey.isPresent() && username.isPresent()) {
            throw new IllegalArgumentException("give either " + API_KEY + " or " + USERNAME + "/" + PASSWORD + ", not both");
        }
        if (connections < 1) {
            throw new IllegalArgumentException(CONNECTIONS + " must be at least 1, not " + connections);
        }
        caCertificate.ifPresent(ca -> {
            if (!Files.isReadable(ca)) {
                throw new IllegalArgumentException(CA_CERTIFICATE + " " + ca + " is not a readable file");
            }
        });
    }

    public static ConnectionSettings from(Settings settings) {
        return new ConnectionSettings(
                settings.get(URL).map(ConnectionSettings::parseUrl),
                settings.get(API_KEY),
                settings.get(USERNAME),
                settings.get(PASSWORD),
                settings.get(CA_CERTIFICATE).map(Path::of),
                settings.get(CONNECTIONS).map(Integer::parseInt).orElse(DEFAULT_CONNECTIONS));
    }

    public static ConnectionSettings to(URI url) {
        return to(url, DEFAULT_CONNECTIONS);
    }

    public static ConnectionSettings to(URI url, int connections) {
        return new ConnectionSettings(Optional.of(url), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                connections);
    }

    public boolean external() {
        return url.isPresent();
    }

    private static URI parseUrl(String value) {
        URI uri = URI.create(value);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(URL + " must look like https://host:9200, not '" + value + "'");
        }
        return uri;
    }

    @Override
    public String toString() {
        // Never print secrets into logs.
        return "ConnectionSettings[url=" + url.map(URI::toString).orElse("managed node")
                + ", auth=" + (apiKey.isPresent() ? "api key" : username.map(u -> "user " + u).orElse("none"))
                + ", ca=" + caCertificate.map(Path::toString).orElse("system trust") + ", connections=" + connections + "]";
    }
}
