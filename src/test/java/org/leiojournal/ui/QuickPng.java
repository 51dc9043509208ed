package org.leiojournal.ui;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes opaque pixels as an RGB PNG for the layout screenshots, quickly rather than small: rows unfiltered and the
 * fastest deflate level. ImageIO's writer tries harder: on the layout classes' 87 shots it took 7.7–8.3 s of CPU
 * against 1.8–2.0 s, for 16.5 MB against 19.0 MB (docs/development.md, "Test speed"). On a screen's flat colours the
 * "Sub" row filter made the files larger, not smaller, at this level.
 */
final class QuickPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte NO_FILTER = 0;

    private QuickPng() {
    }

    /** {@code pixels} row by row, one int a pixel with red, green and blue in its low three bytes (alpha ignored). */
    static void write(int[] pixels, int width, int height, Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits a sample, RGB, deflate, adaptive filters, not interlaced
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", compressed(pixels, width, height));
        chunk(png, "IEND", new byte[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, png.toByteArray());
    }

    private static byte[] compressed(int[] pixels, int width, int height) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 2);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = NO_FILTER;
            for (int y = 0; y < height; y++) {
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int pixel = pixels[y * width + x];
                    row[i] = (byte) (pixel >> 16);
                    row[i + 1] = (byte) (pixel >> 8);
                    row[i + 2] = (byte) pixel;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(OutputStream png, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
