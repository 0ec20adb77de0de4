package vn.donthu.ingest.ocr.worker;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames between ingest and an OCR worker over the worker's stdin and stdout. A request is
 * one 8-bit gray page (raw pixels: no PNG encoding to pay on either side) with its resolution and
 * cleanup steps; a reply is the recognised text and confidence, or the reason the page failed.
 * Every frame starts with a marker, so a stray write to the worker's stdout is caught at once.
 */
final class WorkerProtocol {

    static final int REQUEST = 0x4F435251;
    static final int REPLY = 0x4F435250;
    static final byte READY = 0;
    static final byte TEXT = 1;
    static final byte ERROR = 2;

    record Request(int cleanupMask, int dpi, BufferedImage gray) {
    }

    record Reply(byte kind, int confidence, String text) {
    }

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, Request request) throws IOException {
        BufferedImage gray = request.gray();
        out.writeInt(REQUEST);
        out.writeInt(request.cleanupMask());
        out.writeInt(request.dpi());
        out.writeInt(gray.getWidth());
        out.writeInt(gray.getHeight());
        out.write(((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
        out.flush();
    }

    /** The next request, or null when ingest closed the pipe (the worker's signal to exit). */
    static Request readRequest(DataInputStream in) throws IOException {
        int marker;
        try {
            marker = in.readInt();
        } catch (java.io.EOFException e) {
            return null;
        }
        expect(REQUEST, marker);
        int mask = in.readInt();
        int dpi = in.readInt();
        int width = in.readInt();
        int height = in.readInt();
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        in.readFully(((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
        return new Request(mask, dpi, gray);
    }

    static void writeReply(DataOutputStream out, Reply reply) throws IOException {
        byte[] text = reply.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(REPLY);
        out.writeByte(reply.kind());
        out.writeInt(reply.confidence());
        out.writeInt(text.length);
        out.write(text);
        out.flush();
    }

    static Reply readReply(DataInputStream in) throws IOException {
        expect(REPLY, in.readInt());
        byte kind = in.readByte();
        int confidence = in.readInt();
        byte[] text = new byte[in.readInt()];
        in.readFully(text);
        return new Reply(kind, confidence, new String(text, StandardCharsets.UTF_8));
    }

    private static void expect(int marker, int read) throws IOException {
        if (read != marker) {
            throw new IOException("garbled OCR worker frame (marker " + Integer.toHexString(read) + ")");
        }
    }
}
