package vn.donthu.ingest.ocr.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import vn.donthu.ingest.ocr.OcrPage;
import vn.donthu.ingest.ocr.TesseractEngine;
import vn.donthu.ingest.ocr.cleanup.CleanupStep;
import vn.donthu.ingest.ocr.cleanup.PageCleaner;

/**
 * The OCR worker process: one Tesseract engine, pages in on stdin, text out on stdout, until
 * stdin closes. It runs apart from ingest so that a native crash, a hang or runaway memory in
 * Tesseract kills only this process, which ingest restarts.
 *
 * <p>Arguments: TESSDATA LANGUAGE [STALL_PAGE_WIDTH].
 */
public final class OcrWorkerMain {

    private OcrWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // Anything else printed by mistake must not land in the reply stream.
        System.setOut(System.err);
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        Path tessdata = Path.of(args[0]);
        int stallPageWidth = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        try (TesseractEngine engine = new TesseractEngine(tessdata, args[1]);
             PageCleaner cleaner = new PageCleaner(tessdata)) {
            WorkerProtocol.writeReply(replies, new WorkerProtocol.Reply(WorkerProtocol.READY, 0, ""));
            WorkerProtocol.Request request;
            while ((request = WorkerProtocol.readRequest(requests)) != null) {
                if (request.gray().getWidth() == stallPageWidth) {
                    stall();
                }
                WorkerProtocol.writeReply(replies, recognise(engine, cleaner, request));
            }
        } catch (RuntimeException e) {
            // Typically the language data could not be loaded: ingest reports it as the reason.
            WorkerProtocol.writeReply(replies, new WorkerProtocol.Reply(WorkerProtocol.ERROR, 0, e.getMessage()));
        }
    }

    private static WorkerProtocol.Reply recognise(TesseractEngine engine, PageCleaner cleaner, WorkerProtocol.Request request) {
        try {
            var steps = CleanupStep.fromMask(request.cleanupMask());
            OcrPage page = engine.recognise(cleaner.clean(request.gray(), request.dpi(), steps), request.dpi(),
                    steps.contains(CleanupStep.BINARIZE));
            return new WorkerProtocol.Reply(WorkerProtocol.TEXT, page.confidence(), page.text());
        } catch (RuntimeException e) {
            return new WorkerProtocol.Reply(WorkerProtocol.ERROR, 0, "OCR failed: " + e);
        }
    }

    private static void stall() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
