package org.leiojournal.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A failure as the log may hold it: the kinds of exception and where they were thrown, without their messages,
 * which can quote what the user typed or what a file held ("text too long: …", a rejected value).
 */
public final class FailureTrace {

    private static final int FRAMES = 6;

    private FailureTrace() {
    }

    /** "IllegalStateException at a.B.c(B.java:12) < a.D.e(D.java:3); caused by SQLiteException at …". */
    public static String of(Throwable failure) {
        List<String> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && causes.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            causes.add(t.getClass().getName() + " at " + Arrays.stream(t.getStackTrace()).limit(FRAMES)
                    .map(StackTraceElement::toString).collect(Collectors.joining(" < ")));
        }
        return String.join("; caused by ", causes);
    }
}
