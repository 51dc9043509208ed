package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A catalog is parsed once, even when the window's thread asks while the catalogs' own thread is reading it. */
class ReadOnceTest {

    @Test
    void aSecondAskerWaitsForTheReadInProgressInsteadOfReadingAgain() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ReadOnce<Object> catalog = new ReadOnce<>(() -> {
            reads.incrementAndGet();
            reading.countDown();
            await(finish);
            return new Object();
        });
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(catalog);
        assertTrue(reading.await(10, TimeUnit.SECONDS), "the first read began");
        CompletableFuture<Object> secondResult = new CompletableFuture<>();
        Thread second = new Thread(() -> secondResult.complete(catalog.get()));
        second.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // the second asker either waits for the first read (blocked) or, as before, reads the files again itself
        while (second.getState() != Thread.State.BLOCKED && reads.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        finish.countDown();
        Object read = first.get(10, TimeUnit.SECONDS);
        assertSame(read, secondResult.get(10, TimeUnit.SECONDS), "both askers get the one catalog read");
        assertEquals(1, reads.get(), "the files are parsed once");
        assertSame(read, catalog.get(), "and kept");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
