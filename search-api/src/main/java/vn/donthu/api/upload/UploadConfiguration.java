package vn.donthu.api.upload;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.node.ManagedNodeSettings;
import vn.donthu.index.IndexSettings;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.ocr.OcrSettings;

/** The ingest path the upload runs: the same library as {@code ./donthu ingest}. */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** Closed with the context, which stops its OCR engines. */
    @Bean
    Ingester ingester(ElasticsearchClient client, IndexSettings indices, Settings settings) {
        return new Ingester(client, indices.names(), OcrSettings.from(settings));
    }

    /**
     * Uploaded files are kept (DATA_DIR/uploads/DATE/ID/NAME): the original is what a letter's
     * source path points to, as a folder's file is for {@code ./donthu ingest}.
     */
    @Bean
    UploadLimits uploadLimits(Settings settings) {
        Path folder = ManagedNodeSettings.from(settings).dataDir().resolve("uploads");
        return new UploadLimits(settings.getInt("donthu.upload.max-files", 20), folder);
    }

    record UploadLimits(int maxFiles, Path folder) {
    }
}
