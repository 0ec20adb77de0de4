package vn.donthu.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.donthu.config.Settings;

/** Where Tesseract's language data is, which language, and how many pages are recognised at once. */
public record OcrSettings(Path tessdata, String language, int workers) {

    public static final String TESSDATA = "donthu.ocr.tessdata";
    public static final String LANGUAGE = "donthu.ocr.language";
    public static final String WORKERS = "donthu.ocr.workers";
    /** Debian 12's tesseract-ocr 5 package puts its language data here. */
    static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    public OcrSettings {
        if (workers < 1) {
            throw new IllegalArgumentException(WORKERS + " must be at least 1, not " + workers);
        }
    }

    public static OcrSettings from(Settings settings) {
        Path tessdata = settings.get(TESSDATA).or(() -> settings.get("tessdata.prefix")).map(Path::of).orElse(DEBIAN_TESSDATA);
        return new OcrSettings(tessdata, settings.get(LANGUAGE, "vie"),
                settings.getInt(WORKERS, Runtime.getRuntime().availableProcessors()));
    }

    /** Fails early, before any file is read, when the machine cannot OCR at all. */
    public void check() {
        Path data = tessdata.resolve(language.split("\\+")[0] + ".traineddata");
        if (!Files.isReadable(data)) {
            throw new OcrUnavailableException("Tesseract's '" + language + "' language data is not at " + data
                    + ". Install it with: apt-get install tesseract-ocr tesseract-ocr-vie (or set "
                    + Settings.environmentName(TESSDATA) + ")", null);
        }
    }
}
