package vn.donthu.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import vn.donthu.index.Json;

/** Builds the Elasticsearch Java client for a connection; the same code for the managed node and a remote cluster. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static ElasticsearchClient create(ConnectionSettings settings) {
        URI url = settings.url().orElseThrow(() -> new IllegalArgumentException("no Elasticsearch URL to connect to"));
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        RestClientBuilder builder = RestClient.builder(new HttpHost(url.getHost(), port, url.getScheme()));
        if (url.getPath() != null && url.getPath().length() > 1) {
            builder.setPathPrefix(url.getPath());
        }
        settings.apiKey().ifPresent(key ->
                builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + key)}));
        SSLContext tls = settings.caCertificate().map(ElasticsearchClients::trusting).orElse(null);
        builder.setHttpClientConfigCallback(http -> {
            settings.username().ifPresent(user -> {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(user, settings.password().orElseThrow()));
                http.setDefaultCredentialsProvider(credentials);
            });
            if (tls != null) {
                http.setSSLContext(tls);
            }
            // One host: every connection may go to it, so concurrent API requests are not queued behind the default 10.
            return http.setMaxConnPerRoute(settings.connections()).setMaxConnTotal(settings.connections());
        });
        builder.setRequestConfigCallback(request -> request.setConnectTimeout(10_000).setSocketTimeout(120_000));
        return new ElasticsearchClient(new RestClientTransport(builder.build(), new JacksonJsonpMapper(Json.mapper())));
    }

    private static SSLContext trusting(Path caCertificate) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(caCertificate.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(ConnectionSettings.CA_CERTIFICATE + " " + caCertificate
                    + " is not a readable PEM certificate: " + e.getMessage(), e);
        }
    }
}
