package vn.donthu.ingest.ocr.cleanup;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Paints white every dark region that touches the edge of the page: the scanner lid's shadow, a
 * photocopy's black margin, the corners a turned page leaves. Text never touches the edge of a
 * letter page, and Tesseract reads such bands as lines of garbage ("|||", "ll1").
 */
final class BorderRemover {

    private static final int DARK = 110;

    BufferedImage removeBorders(BufferedImage gray) {
        BufferedImage copy = Pages.copy(gray);
        byte[] pixels = ((DataBufferByte) copy.getRaster().getDataBuffer()).getData();
        int width = copy.getWidth();
        int height = copy.getHeight();
        int[] stack = new int[1024];
        int top = 0;
        for (int x = 0; x < width; x++) {
            stack = push(stack, top++, x);
            stack = push(stack, top++, (height - 1) * width + x);
        }
        for (int y = 0; y < height; y++) {
            stack = push(stack, top++, y * width);
            stack = push(stack, top++, y * width + width - 1);
        }
        while (top > 0) {
            int at = stack[--top];
            if ((pixels[at] & 0xFF) >= DARK) {
                continue;
            }
            pixels[at] = (byte) 0xFF;
            int x = at % width;
            if (x > 0) {
                stack = push(stack, top++, at - 1);
            }
            if (x < width - 1) {
                stack = push(stack, top++, at + 1);
            }
            if (at >= width) {
                stack = push(stack, top++, at - width);
            }
            if (at < pixels.length - width) {
                stack = push(stack, top++, at + width);
            }
        }
        return copy;
    }

    private static int[] push(int[] stack, int top, int value) {
        int[] grown = top == stack.length ? java.util.Arrays.copyOf(stack, stack.length * 2) : stack;
        grown[top] = value;
        return grown;
    }
}
