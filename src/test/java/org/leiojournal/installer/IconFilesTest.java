package org.leiojournal.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The icons jpackage puts on the Windows installer, Start menu and taskbar (.ico) and on the Mac's Dock and Finder
 * (.icns) hold every size those systems ask for, so none is a blurry upscale. Made by installer/make-icons.sh.
 */
class IconFilesTest {

    private static final Path ICO = Path.of("assets/icon/leio-journal.ico");
    private static final Path ICNS = Path.of("assets/icon/leio-journal.icns");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The image types of an .icns and the pixels a side each holds (ic11..ic14 are the Retina "@2x" images). */
    private static final Map<String, Integer> ICNS_TYPES = Map.ofEntries(Map.entry("is32", 16), Map.entry("il32", 32),
            Map.entry("ih32", 48), Map.entry("it32", 128), Map.entry("ic07", 128), Map.entry("ic08", 256),
            Map.entry("ic09", 512), Map.entry("ic10", 1024), Map.entry("ic11", 32), Map.entry("ic12", 64),
            Map.entry("ic13", 256), Map.entry("ic14", 512));

    @Test
    void theWindowsIconHoldsEverySizeFrom16To256() throws Exception {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICO)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved");
        assertEquals(1, ico.getShort(2), "type 1 is an icon");
        int count = ico.getShort(4);
        Set<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int height = ico.get(entry + 1) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry + 1));
            int bytes = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertEquals(width, height, "square");
            assertEquals(32, ico.getShort(entry + 6), "32 bits a pixel (with alpha) at " + width);
            assertTrue(offset + bytes <= ico.capacity(), "the image of " + width + " px lies inside the file");
            // the image itself says the same size: a PNG's IHDR, or a BMP header (its height counts the mask too)
            if (startsWith(ico, offset, PNG)) {
                assertEquals(width, ico.order(ByteOrder.BIG_ENDIAN).getInt(offset + 16));
                ico.order(ByteOrder.LITTLE_ENDIAN);
            } else {
                assertEquals(40, ico.getInt(offset), "BITMAPINFOHEADER");
                assertEquals(width, ico.getInt(offset + 4));
                assertEquals(2 * height, ico.getInt(offset + 8));
            }
            sizes.add(width);
        }
        assertTrue(sizes.containsAll(List.of(16, 20, 24, 32, 40, 48, 64, 128, 256)), "sizes: " + sizes);
    }

    @Test
    void theMacIconHoldsEverySizeFrom16To1024WithRetinaImages() throws Exception {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICNS)); // big-endian throughout
        assertEquals("icns", type(icns, 0));
        assertEquals(icns.capacity(), icns.getInt(4), "the header's length is the file's");
        Map<String, Integer> chunks = new LinkedHashMap<>();
        for (int at = 8; at < icns.capacity(); ) {
            String type = type(icns, at);
            int length = icns.getInt(at + 4);
            assertTrue(length > 8 && at + length <= icns.capacity(), type + " lies inside the file");
            chunks.put(type, at);
            if (type.matches("ic(0[7-9]|1[0-4])")) {
                assertTrue(startsWith(icns, at + 8, PNG), type + " is a PNG, as iconutil writes it");
                assertEquals(ICNS_TYPES.get(type), icns.getInt(at + 8 + 16), type + "'s width");
                assertEquals(ICNS_TYPES.get(type), icns.getInt(at + 8 + 20), type + "'s height");
            }
            at += length;
        }
        assertTrue(chunks.keySet().containsAll(ICNS_TYPES.keySet()), "types: " + chunks.keySet());
        // the classic 32-bit images are drawn through their 8-bit masks
        assertTrue(chunks.keySet().containsAll(List.of("s8mk", "l8mk", "h8mk", "t8mk")), "masks: " + chunks.keySet());
        Set<Integer> pixels = new TreeSet<>(ICNS_TYPES.values());
        assertEquals(Set.of(16, 32, 48, 64, 128, 256, 512, 1024), pixels);
    }

    @Test
    void everyInstallerNamesAnIconThatExists() throws Exception {
        for (String args : List.of("installer/windows.args", "installer/macos.args")) {
            assertTrue(Files.isRegularFile(Path.of(iconOf(args))), args + " names " + iconOf(args));
        }
        assertEquals("assets/icon/leio-journal.ico", iconOf("installer/windows.args"));
        assertEquals("assets/icon/leio-journal.icns", iconOf("installer/macos.args"));
    }

    private static String iconOf(String args) throws Exception {
        return Files.readAllLines(Path.of(args)).stream().filter(l -> l.startsWith("--icon "))
                .map(l -> l.substring("--icon ".length()).strip()).findFirst().orElseThrow();
    }

    private static String type(ByteBuffer buffer, int at) {
        byte[] four = new byte[4];
        buffer.get(at, four);
        return new String(four, StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(ByteBuffer buffer, int at, byte[] prefix) {
        byte[] head = new byte[prefix.length];
        buffer.get(at, head);
        return Arrays.equals(head, prefix);
    }
}
