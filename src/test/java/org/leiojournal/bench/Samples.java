package org.leiojournal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing, in milliseconds (or megabytes); the benchmark reports their median. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    static Samples of(double... values) {
        Samples samples = new Samples();
        for (double value : values) {
            samples.add(value);
        }
        return samples;
    }

    void add(double value) {
        values.add(value);
    }

    /** Times {@code work} once and keeps the time in milliseconds. */
    void time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        add((System.nanoTime() - start) / 1e6);
    }

    List<Double> values() {
        return List.copyOf(values);
    }

    int count() {
        return values.size();
    }

    /** The middle value; for an even count the mean of the two middle ones. */
    double median() {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing was measured");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return Collections.min(values);
    }

    double max() {
        return Collections.max(values);
    }

    /** A piece of work to time. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
