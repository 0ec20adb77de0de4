package vn.donthu.ingest.ocr.worker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.ingest.ocr.OcrSettings;

/**
 * The command line that starts an OCR worker: the same Java, the same classes as this process. From
 * the Spring Boot application jar (./donthu) the classes are nested, so the worker starts through
 * Spring Boot's PropertiesLauncher; from a plain class path (tests, IDE) it starts directly.
 */
final class WorkerCommand {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerCommand() {
    }

    static List<String> of(OcrSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.workerHeapMb() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        if (onClassPath()) {
            command.add(OcrWorkerMain.class.getName());
        } else {
            command.add("-Dloader.main=" + OcrWorkerMain.class.getName());
            command.add(BOOT_LAUNCHER);
        }
        command.add(settings.tessdata().toString());
        command.add(settings.language());
        command.add(Integer.toString(settings.stallPageWidth()));
        return command;
    }

    private static boolean onClassPath() {
        try {
            return Class.forName(OcrWorkerMain.class.getName(), false, ClassLoader.getSystemClassLoader()) != null;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
