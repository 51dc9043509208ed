package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout screenshots people look at read back as the pixels the window showed. */
class QuickPngTest {

    @Test
    void anImageViewerReadsBackThePixelsWritten(@TempDir Path folder) throws Exception {
        int width = 37;
        int height = 11;
        int[] pixels = new int[width * height];
        Random random = new Random(20); // fixed: the same picture every run
        for (int i = 0; i < pixels.length; i++) {
            // flat runs, as a screen has, and colours of every value
            pixels[i] = i % 5 == 0 ? 0xff000000 | random.nextInt(1 << 24) : pixels[i - 1];
        }
        pixels[1] = 0xffff00ff;
        pixels[2] = 0x0000ff00; // no alpha: the picture is opaque all the same

        Path file = folder.resolve("shots").resolve("screen.png");
        QuickPng.write(pixels, width, height, file);

        BufferedImage read = ImageIO.read(Files.newInputStream(file));
        assertEquals(width, read.getWidth());
        assertEquals(height, read.getHeight());
        int[] back = read.getRGB(0, 0, width, height, null, 0, width);
        int[] opaque = java.util.Arrays.stream(pixels).map(p -> p | 0xff000000).toArray();
        assertArrayEquals(opaque, back, "every pixel as written");
    }
}
