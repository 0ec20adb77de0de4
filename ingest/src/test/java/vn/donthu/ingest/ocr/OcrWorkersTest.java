package vn.donthu.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.donthu.config.Settings;
import vn.donthu.testing.SampleLetters;

/** Real worker processes running real Tesseract, killed for real. */
class OcrWorkersTest {

    private static final String SCAN = "khieu-nai-tro-cap-nguoi-co-cong-2022.png";

    private static OcrSettings settings(Map<String, String> overrides) {
        return OcrSettings.from(Settings.system().withOverrides(overrides)).withWorkers(1);
    }

    private static BufferedImage scan() throws IOException {
        return ImageIO.read(SampleLetters.file(SCAN).toFile());
    }

    @Test
    void aWorkerKilledMidPageFailsThatPageWithTheReasonAndTheNextPageIsRead() throws Exception {
        try (OcrWorkers ocr = new OcrWorkers(settings(Map.of()))) {
            BufferedImage page = scan();
            ocr.recognise(page, 300); // the worker is up: the kill below lands inside a page, not in its start
            CompletableFuture<OcrPage> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return ocr.recognise(page, 300);
                } catch (OcrFailedException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            long pid = awaitBusyWorker(ocr);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, as a native crash or the OOM killer would

            assertThatThrownBy(() -> first.get(60, TimeUnit.SECONDS))
                    .hasMessageContaining("the OCR worker crashed (killed by signal 9)");
            OcrPage next = ocr.recognise(page, 300);
            assertThat(next.text()).contains("ĐƠN KHIẾU NẠI");
            assertThat(next.confidence()).isGreaterThan(70);
        }
    }

    @Test
    void aHungWorkerIsKilledAfterThePageTimeoutAndReplaced() throws Exception {
        OcrSettings hanging = settings(Map.of(OcrSettings.PAGE_TIMEOUT_SECONDS, "5", OcrSettings.STALL_PAGE_WIDTH, "333"));
        try (OcrWorkers ocr = new OcrWorkers(hanging)) {
            BufferedImage stalls = new BufferedImage(333, 200, BufferedImage.TYPE_BYTE_GRAY);
            long started = System.nanoTime();

            assertThatThrownBy(() -> ocr.recognise(stalls, 300))
                    .isInstanceOf(OcrFailedException.class)
                    .hasMessage("OCR timed out after 5 s");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(60);
            BufferedImage page = scan();
            // The top of the page, so that a busy machine reads it well within the short timeout.
            BufferedImage heading = page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 4);
            assertThat(ocr.recognise(heading, 300).text()).contains("ĐƠN KHIẾU NẠI");
        }
    }

    @Test
    void aWorkerPastItsMemoryLimitIsKilledAndThePageFailsWithTheReason() throws Exception {
        // Tesseract's Vietnamese model alone takes more than 100 MB once loaded and recognising.
        OcrSettings tight = settings(Map.of(OcrSettings.WORKER_HEAP_MB, "64", OcrSettings.WORKER_MAX_RSS_MB, "100"));
        try (OcrWorkers ocr = new OcrWorkers(tight)) {
            assertThatThrownBy(() -> ocr.recognise(scan(), 300))
                    .isInstanceOf(OcrFailedException.class)
                    .hasMessageMatching("the OCR worker used \\d+ MB of memory, more than the 100 MB allowed");
        }
    }

    @Test
    void pagesAreReadInParallelByTwoWorkers() throws Exception {
        try (OcrWorkers ocr = new OcrWorkers(settings(Map.of()).withWorkers(2))) {
            BufferedImage page = scan();
            List<CompletableFuture<OcrPage>> pages = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    return ocr.recognise(page, 300);
                } catch (OcrFailedException e) {
                    throw new IllegalStateException(e);
                }
            })).toList();
            long busyAtOnce = 0;
            while (!pages.stream().allMatch(CompletableFuture::isDone)) {
                busyAtOnce = Math.max(busyAtOnce, ocr.busyWorkerPids().size());
                Thread.sleep(50);
            }
            assertThat(busyAtOnce).isEqualTo(2);
            for (CompletableFuture<OcrPage> read : pages) {
                assertThat(read.get().text()).contains("ĐƠN KHIẾU NẠI");
            }
        }
    }

    private static long awaitBusyWorker(OcrWorkers ocr) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Long> busy = ocr.busyWorkerPids();
            if (!busy.isEmpty()) {
                Thread.sleep(300); // well inside the page, past the request's arrival
                return busy.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no worker took the page within 30 s");
    }
}
