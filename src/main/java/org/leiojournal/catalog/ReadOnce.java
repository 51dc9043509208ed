package org.leiojournal.catalog;

import java.util.function.Supplier;

/**
 * A bundled catalog read on first use and kept: its files never change while the app runs, and parsing them again
 * at every use cost the start. Two threads asking at once may both read it; either result is the same.
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
        if (read == null) {
            read = reader.get();
            value = read;
        }
        return read;
    }
}
