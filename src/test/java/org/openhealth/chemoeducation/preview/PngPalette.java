package org.openhealth.chemoeducation.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a browser's screenshot small enough for the docs: an 8-bit palette PNG at the strongest compression.
 * A page of text has few colours (background, text, links, and the anti-aliased edges between them), so 256
 * colours show it without visible loss. The palette is the 256 most used colours after near-identical ones
 * (the same in their top five bits per channel) are merged; every pixel takes the nearest of them. No metadata is
 * written, so the same page gives the same file and a re-run changes no unchanged picture.
 */
final class PngPalette {

    private static final int COLOURS = 256;

    private PngPalette() {
    }

    static byte[] optimise(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not a PNG image (" + png.length + " bytes)");
            }
            return write(indexed(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage indexed(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        int[] palette = palette(pixels);
        IndexColorModel model = new IndexColorModel(8, palette.length, palette, 0, false, -1, DataBuffer.TYPE_BYTE);
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] indices = new byte[pixels.length];
        Map<Integer, Byte> nearest = new HashMap<>();
        for (int i = 0; i < pixels.length; i++) {
            indices[i] = nearest.computeIfAbsent(pixels[i] & 0xFFFFFF, rgb -> (byte) nearest(palette, rgb));
        }
        indexed.getRaster().setDataElements(0, 0, width, height, indices);
        return indexed;
    }

    /** The 256 most used colour groups (top five bits per channel), each as the mean of its pixels. */
    private static int[] palette(int[] pixels) {
        Map<Integer, long[]> groups = new HashMap<>();
        for (int pixel : pixels) {
            int r = (pixel >> 16) & 0xFF;
            int g = (pixel >> 8) & 0xFF;
            int b = pixel & 0xFF;
            long[] sum = groups.computeIfAbsent(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3), k -> new long[4]);
            sum[0]++;
            sum[1] += r;
            sum[2] += g;
            sum[3] += b;
        }
        return groups.values().stream().sorted(Comparator.comparingLong((long[] s) -> -s[0])).limit(COLOURS)
                .mapToInt(s -> (int) (0xFF000000L | (s[1] / s[0]) << 16 | (s[2] / s[0]) << 8 | (s[3] / s[0])))
                .toArray();
    }

    private static int nearest(int[] palette, int rgb) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 0xFF) - ((rgb >> 16) & 0xFF);
            int dg = ((palette[i] >> 8) & 0xFF) - ((rgb >> 8) & 0xFF);
            int db = (palette[i] & 0xFF) - (rgb & 0xFF);
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static byte[] write(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0.0f); // the strongest deflate
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
