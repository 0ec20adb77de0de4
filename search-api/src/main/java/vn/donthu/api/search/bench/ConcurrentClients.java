package vn.donthu.api.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/**
 * N clients each sending requests one after another for a fixed time, each starting at another
 * search of the mix; every request's latency is kept. A failed request stops the run with its reason.
 */
final class ConcurrentClients {

    /** One request of the mix, by its position; throws when the answer is not a success. */
    interface Request {
        void send(int search) throws Exception;
    }

    private ConcurrentClients() {
    }

    static Latencies run(int clients, double seconds, int searches, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            long end = started + (long) (seconds * 1e9);
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                results.add(pool.submit(() -> {
                    LongStream.Builder took = LongStream.builder();
                    for (int i = first; System.nanoTime() < end; i++) {
                        long sent = System.nanoTime();
                        request.send(i % searches);
                        took.add(System.nanoTime() - sent);
                    }
                    return took.build().toArray();
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            return Latencies.of(all.stream().flatMapToLong(LongStream::of).toArray(), elapsed);
        } finally {
            pool.shutdownNow();
        }
    }
}
