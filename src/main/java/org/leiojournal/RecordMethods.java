package org.leiojournal;

import java.util.List;

/**
 * Links the {@code equals} and {@code hashCode} of records on the calling thread. The JDK links a record's two
 * methods the first time each is called (its {@code ObjectMethods} bootstrap spins their method handles), and the
 * first such call in the JVM also sets up that machinery: at the start this fell on the UI thread, which hashes
 * the check-in's symptom items and compares the warning signs and courses while it builds Today, 15–20 ms of its
 * CPU before the first window (issue 21). The start's opening and catalogs' threads call this with the records they
 * have just read, while the UI thread is still busy with JavaFX's start, so that it finds them linked.
 */
final class RecordMethods {

    private RecordMethods() {
    }

    /** Calls {@code hashCode} and {@code equals} once on each kind of record in {@code records}; changes nothing. */
    static void link(List<? extends Record> records) {
        records.stream().map(Object::getClass).distinct().forEach(kind -> {
            Record one = records.stream().filter(kind::isInstance).findFirst().orElseThrow();
            one.hashCode(); // a record's hash takes its components' hashes: records inside it are linked too
            one.equals(one);
        });
    }
}
