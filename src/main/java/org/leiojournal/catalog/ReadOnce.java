package org.leiojournal.catalog;

import java.util.function.Supplier;

/**
 * A bundled catalog read on first use and kept: its files never change while the app runs, and parsing them again
 * at every use cost the start. Read once only: a thread that asks while another is reading waits for that read
 * instead of parsing the files a second time beside it (at the start the window's thread could ask while the
 * catalogs' own thread was still reading, and both then paid Jackson's cold parse on the two cores).
 */
final class ReadOnce<T> implements Supplier<T> {

    private final Supplier<T> reader;
    private volatile T value;

    ReadOnce(Supplier<T> reader) {
        this.reader = reader;
    }

    @Override
    public T get() {
        T read = value;
        if (read != null) {
            return read; // no lock once read: the window's every use
        }
        synchronized (this) {
            if (value == null) {
                value = reader.get();
            }
            return value;
        }
    }
}
