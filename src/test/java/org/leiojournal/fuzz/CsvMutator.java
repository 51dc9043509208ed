package org.leiojournal.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Breaks a CSV export's zip: one table's text changed (cells, quotes, line ends, its header), a file dropped,
 * invented or put in a subfolder, the format file's version changed, or the zip's own bytes damaged.
 */
final class CsvMutator {

    private CsvMutator() {
    }

    static byte[] zip(byte[] seed, Random random) {
        if (random.nextInt(5) == 0) {
            return Mutator.bytes(seed, random); // a damaged zip
        }
        Map<String, byte[]> files = unzip(seed);
        List<String> names = new ArrayList<>(files.keySet());
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(6)) {
            case 0 -> files.remove(name);
            case 1 -> files.put(random.nextBoolean() ? "extra.csv" : "nested/" + name, files.get(name));
            case 2 -> files.put("format.csv", ("\"format\",\"version\"\n\"leio-journal\",\"" + random.nextInt(4)
                    + "\"\n").getBytes(StandardCharsets.UTF_8));
            case 3 -> {
                String text = new String(files.get(name), StandardCharsets.UTF_8);
                int endOfHeader = Math.max(0, text.indexOf('\n'));
                String header = text.substring(0, endOfHeader);
                String changed = switch (random.nextInt(3)) {
                    case 0 -> header + ",\"unknown\"";
                    case 1 -> header.contains(",") ? header.substring(header.indexOf(',') + 1) : "";
                    default -> header.replace("uid", "UID");
                };
                files.put(name, (changed + text.substring(endOfHeader)).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                int times = 1 + random.nextInt(3);
                byte[] text = files.get(name);
                for (int i = 0; i < times; i++) {
                    text = Mutator.bytes(text, random);
                }
                files.put(name, text);
            }
        }
        return zip(files);
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
