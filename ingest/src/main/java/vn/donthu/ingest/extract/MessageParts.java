package vn.donthu.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * An e-mail (EML, or Outlook MSG) cut into its body, which is the letter a citizen wrote, and its
 * attachments, each of which is a document of its own (a scanned petition, a decision, a photo).
 */
public final class MessageParts {

    public static final Set<MediaType> TYPES = Set.of(MediaType.parse("message/rfc822"),
            MediaType.application("vnd.ms-outlook"));

    /** One attached file, as the message names it; {@code name} is made up when the message gives none. */
    public record Attachment(String name, byte[] content) {
    }

    /** The body as text (with the subject, sender and date first) and the attachments, in order. */
    public record Parsed(String body, List<Attachment> attachments) {
    }

    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private MessageParts() {
    }

    public static Parsed parse(byte[] message, int maxChars) throws UnreadableFileException {
        List<Attachment> attachments = new ArrayList<>();
        ParseContext context = new ParseContext();
        context.set(Parser.class, PARSER);
        EmbeddedDocumentExtractor inline = new ParsingEmbeddedDocumentExtractor(context);
        // Attachments are kept as bytes, not parsed into the body: each becomes a letter of its own.
        // The body's own text parts (inline, unnamed) come here too, and go into the body.
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return true;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                    throws IOException, SAXException {
                String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                boolean inlineText = (name == null || name.isBlank()) && TikaCoreProperties.EmbeddedResourceType.INLINE.name()
                        .equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
                if (inlineText) {
                    inline.parseEmbedded(stream, handler, metadata, outputHtml);
                    return;
                }
                byte[] bytes = stream.readAllBytes();
                if (bytes.length > 0) {
                    attachments.add(new Attachment(name == null || name.isBlank()
                            ? "attachment-" + (attachments.size() + 1) : name.replace('/', '_'), bytes));
                }
            }
        });
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        try (TikaInputStream input = TikaInputStream.get(message)) {
            PARSER.parse(input, handler, metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            throw new UnreadableFileException("corrupt or unreadable e-mail: " + e.getMessage(), e);
        }
        StringBuilder body = new StringBuilder();
        header(body, "From", metadata.get(TikaCoreProperties.CREATOR));
        header(body, "Date", metadata.get(TikaCoreProperties.CREATED));
        header(body, "Subject", metadata.get(TikaCoreProperties.TITLE));
        body.append('\n').append(handler.toString().strip());
        return new Parsed(body.toString().strip(), List.copyOf(attachments));
    }

    private static void header(StringBuilder body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.append(name).append(": ").append(value).append('\n');
        }
    }
}
