package org.leiojournal.storage.crash;

import org.leiojournal.TestClocks;
import java.nio.file.Path;
import org.leiojournal.storage.JournalStore;

/** A second process for {@code OneWriterTest}: opens the journal in {@code args[0]}, says so, and keeps it open. */
public final class JournalHolder {

    private JournalHolder() {
    }

    public static void main(String[] args) throws Exception {
        JournalStore store = JournalStore.open(Path.of(args[0]), TestClocks.SUNDAY);
        System.out.println("open " + store.checkIns().all().size());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
