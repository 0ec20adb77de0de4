package vn.donthu.ingest.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a call to Elasticsearch while the cluster is busy (429), failing (5xx) or unreachable,
 * with exponential backoff. Outlasting a node restart is the point: an ingest run survives an
 * Elasticsearch outage of a few minutes, and beyond that the files are reported, not dropped.
 */
public record Backoff(int attempts, Duration first, Duration max) {

    private static final Logger log = LoggerFactory.getLogger(Backoff.class);

    public static Backoff standard() {
        return new Backoff(12, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    public interface Call<T> {
        T run() throws IOException;
    }

    public <T> T call(String what, Call<T> call) throws IOException {
        Duration delay = first;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (IOException | ElasticsearchException e) {
                if (!retryable(e) || attempt >= attempts) {
                    throw e instanceof IOException io ? io : new IOException(what + " failed: " + e.getMessage(), e);
                }
                log.warn("{} failed ({}); retry {} of {} in {} ms", what, e.getMessage(), attempt, attempts - 1, delay.toMillis());
                pause(delay);
                delay = next(delay);
            }
        }
    }

    /** The delay after {@code delay}: twice as long, up to {@link #max}. */
    public Duration next(Duration delay) {
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    public void pause(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static boolean retryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    private static boolean retryable(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return retryableStatus(es.status());
        }
        if (e instanceof TransportException te) {
            return te.statusCode() < 0 || retryableStatus(te.statusCode());
        }
        return true;
    }
}
