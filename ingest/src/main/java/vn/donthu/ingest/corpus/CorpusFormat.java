package vn.donthu.ingest.corpus;

import java.util.Arrays;
import java.util.Locale;

/** The file formats the generator writes letters in, as archives hold them. */
public enum CorpusFormat {
    TXT("txt", "txt", false),
    TXT_UTF16("txt-utf16", "txt", false),
    TXT_CP1258("txt-cp1258", "txt", false),
    TXT_TCVN3("txt-tcvn3", "txt", false),
    TXT_VNI("txt-vni", "txt", false),
    DOCX("docx", "docx", false),
    PDF("pdf", "pdf", false),
    SCAN_PDF("scan-pdf", "pdf", true),
    TIFF("tiff", "tif", true),
    PNG("png", "png", true),
    JPEG("jpg", "jpg", true);

    private final String label;
    private final String extension;
    private final boolean scan;

    CorpusFormat(String label, String extension, boolean scan) {
        this.label = label;
        this.extension = extension;
        this.scan = scan;
    }

    /** The name on the command line and in the truth file ("txt-tcvn3", "scan-pdf"). */
    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** Whether the letter is in the file as page images only, to be OCRed. */
    public boolean scan() {
        return scan;
    }

    public static CorpusFormat of(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + label + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(CorpusFormat::label).toList())));
    }
}
