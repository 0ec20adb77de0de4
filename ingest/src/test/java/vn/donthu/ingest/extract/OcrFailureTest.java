package vn.donthu.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import vn.donthu.config.Settings;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.testing.SampleLetters;

/** A page whose OCR worker hangs fails its file with the page named; the next file is read as usual. */
class OcrFailureTest {

    @Test
    void aTiffWhoseSecondPageHangsTheWorkerFailsWithTheTimeoutAndThePage() throws Exception {
        OcrSettings settings = OcrSettings.from(Settings.system().withOverrides(Map.of(
                OcrSettings.PAGE_TIMEOUT_SECONDS, "5", OcrSettings.STALL_PAGE_WIDTH, "333"))).withWorkers(1);
        BufferedImage scan = ImageIO.read(SampleLetters.file("khieu-nai-tro-cap-nguoi-co-cong-2022.png").toFile());
        BufferedImage heading = scan.getSubimage(0, 0, scan.getWidth(), scan.getHeight() / 4);
        try (OcrWorkers ocr = new OcrWorkers(settings)) {
            LetterExtractor extractor = new LetterExtractor(ocr);

            assertThatThrownBy(() -> extractor.extract(tiff(heading, new BufferedImage(333, 400, BufferedImage.TYPE_BYTE_GRAY)),
                    "ho-so.tif"))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("OCR timed out after 5 s on page 2");
            assertThat(extractor.extract(tiff(heading), "don.tif").text()).contains("ĐƠN KHIẾU NẠI");
        }
    }

    private static byte[] tiff(BufferedImage... pages) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
