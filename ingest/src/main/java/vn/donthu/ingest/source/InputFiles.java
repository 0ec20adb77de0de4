package vn.donthu.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import vn.donthu.ingest.extract.LetterExtractor;
import vn.donthu.ingest.extract.MessageParts;
import vn.donthu.ingest.extract.UnreadableFileException;

/**
 * The files named on the command line: folders walked recursively, zip archives opened (their
 * entries are the files; an archive is recognised by content, and office documents, which are zip
 * files too, are not archives), e-mails followed by their attachments, in a stable order.
 */
public final class InputFiles {

    /** What to ingest, and what could not even be listed (a corrupt archive), with the reason. */
    public record Listing(List<InputFile> files, List<Refused> refused) {
    }

    public record Refused(String path, String reason) {
    }

    /** More entries than any archive of letters has: beyond, it is a bomb or not an archive of letters. */
    static final int MAX_ENTRIES = 100_000;
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    private static final MediaType ZIP = MediaType.application("zip");
    private static final Pattern MAIL_HEADER = Pattern.compile("[A-Za-z][A-Za-z0-9-]*:");

    private InputFiles() {
    }

    public static Listing list(List<Path> inputs) {
        Listing listing = new Listing(new ArrayList<>(), new ArrayList<>());
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            try (Stream<Path> walk = Files.walk(input)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    add(file.toAbsolutePath().normalize(), listing);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read folder " + input + ": " + e.getMessage(), e);
            }
        }
        return listing;
    }

    private static void add(Path file, Listing listing) {
        if (!isZipArchive(file)) {
            listing.files().add(new FileOnDisk(file));
            if (isMessage(file)) {
                addAttachments(file, listing);
            }
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                listing.refused().add(new Refused(file.toString(),
                        "zip archive with " + zip.size() + " entries, more than the " + MAX_ENTRIES + " allowed"));
                return;
            }
            zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).sorted(Comparator.naturalOrder())
                    .forEach(name -> listing.files().add(new ArchiveEntry(file, name)));
        } catch (IOException e) {
            listing.refused().add(new Refused(file.toString(), "corrupt zip archive: " + e.getMessage()));
        }
    }

    /**
     * An e-mail's attachments are files of their own, listed after the message. A message that
     * cannot be parsed lists none here and fails, with its reason, when its body is extracted.
     */
    private static void addAttachments(Path message, Listing listing) {
        try {
            byte[] content = Files.readAllBytes(message);
            Set<String> names = new HashSet<>();
            List<MessageParts.Attachment> attachments = MessageParts.parse(content, LetterExtractor.MAX_TEXT_CHARS).attachments();
            for (int i = 0; i < attachments.size(); i++) {
                String name = attachments.get(i).name();
                // Two attachments may share a name; each path must still name one file.
                String unique = names.add(name) ? name : (i + 1) + "-" + name;
                names.add(unique);
                listing.files().add(new MessageAttachment(message, i, unique));
            }
        } catch (IOException | UnreadableFileException | OutOfMemoryError e) {
            // The message itself is listed; its extraction reports what is wrong with it.
        }
    }

    private static boolean isMessage(Path file) {
        if (!mayBeMessage(file)) {
            return false;
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return MessageParts.TYPES.contains(DETECTOR.detect(in, new Metadata()).getBaseType());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Cheap first look, so that a folder of ten thousand letters is not run through the full
     * detector: an EML starts with a header line ("From: ..."), an MSG is an OLE2 container.
     */
    private static boolean mayBeMessage(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(80);
            boolean ole2 = start.length >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF
                    && (start[2] & 0xFF) == 0x11 && (start[3] & 0xFF) == 0xE0;
            return ole2 || MAIL_HEADER.matcher(new String(start, StandardCharsets.ISO_8859_1)).lookingAt();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZipArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return DETECTOR.detect(in, new Metadata()).getBaseType().equals(ZIP);
        } catch (IOException e) {
            // Looks like a zip but the container cannot be read: let it be listed, and fail as what it is.
            return true;
        }
    }
}
