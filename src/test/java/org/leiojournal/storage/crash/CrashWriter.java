package org.leiojournal.storage.crash;

import org.leiojournal.TestClocks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.storage.JournalStore;

/**
 * The process {@code CrashSafetyTest} kills: opens the journal in {@code args[0]}, then saves check-ins until it is
 * killed, printing "saved UID N" only after each save has returned, so every such line is a promise the journal
 * must keep. Save N's answers, temperature and note follow from N alone, so the test can check them.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        JournalStore store = JournalStore.open(Path.of(args[0]), TestClocks.SUNDAY);
        List<SymptomItem> scored = store.items().all().stream().filter(i -> i.kind() == ItemKind.SCORE).toList();
        int first = store.checkIns().all().size();
        System.out.println("ready");
        System.out.flush();
        for (int n = first; ; n++) {
            CheckIn saved = store.checkIns().save(entry(n, scored));
            System.out.println("saved " + saved.uid() + " " + n);
            System.out.flush();
        }
    }

    /** Check-in number {@code n}: what it holds depends on nothing else. */
    public static CheckIn entry(int n, List<SymptomItem> scored) {
        Map<Long, Integer> answers = new TreeMap<>();
        for (int i = 0; i < scored.size(); i++) {
            answers.put(scored.get(i).id(), (n + i) % 11);
        }
        ZonedDateTime at = Instant.parse("2020-01-01T08:00:00Z").plusSeconds(3_600L * n).atZone(ZoneId.of("UTC"));
        return new CheckIn(0, CheckIn.newUid(), at, Recorder.PATIENT, answers, "", Temperature.celsius("36." + n % 10),
                null, "save " + n);
    }
}
