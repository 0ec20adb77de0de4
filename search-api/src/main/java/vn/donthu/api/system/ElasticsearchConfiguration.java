package vn.donthu.api.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexSettings;

/**
 * The Elasticsearch client of the application, built by the same code as the command line's
 * (Spring Boot's own Elasticsearch support is made for the 9.x client). Indices are created or
 * migrated before the application answers its first request.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean
    Settings donthuSettings(Environment environment) {
        return name -> Optional.ofNullable(environment.getProperty(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Closed with the context (the client is Closeable), which ends its HTTP connections. */
    @Bean
    ElasticsearchClient elasticsearchClient(Settings settings) {
        return ElasticsearchConnector.connect(settings);
    }

    @Bean
    IndexSettings indexSettings(Settings settings, ElasticsearchClient client) {
        IndexSettings indices = IndexSettings.from(settings);
        indices.prepare(client);
        return indices;
    }
}
