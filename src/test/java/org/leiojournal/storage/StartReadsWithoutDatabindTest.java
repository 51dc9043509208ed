package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jr.ob.JSON;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.catalog.HeartScanCatalog;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.settings.AppLock;
import org.leiojournal.settings.Appearance;
import org.leiojournal.settings.LockStore;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowSettings;

/**
 * Issue 21: the JSON the start reads before the first window and Today (the catalogues, a course's plan, a returning
 * user's settings.json and lock.json) is read without loading one class of Jackson databind, whose ~430 classes
 * cost the start 100-550 ms of CPU. Checked in a fresh class loader that records every class our code asks for.
 */
class StartReadsWithoutDatabindTest {

    @TempDir
    Path folder;

    /** Loads our classes and Jackson's itself (not from the test's loader) and notes every name it is asked for. */
    private static final class Recording extends URLClassLoader {
        final Set<String> asked = ConcurrentHashMap.newKeySet();

        Recording(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    private static URL where(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Called inside the fresh loader: what the start reads, as the start reads it, and a look and lock saved. */
    public static Object readAsTheStartDoes(Path folder, String plan) {
        new SettingsStore(folder).save(new Appearance(125, "dark")); // a text size chosen: written on the UI thread
        try {
            new LockStore(folder).save(new AppLock("c2FsdA==", "aGFzaA==", 210_000, 5)); // the lock turned on, too
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of(AlertRuleCatalog.bundled(), GuidanceCatalog.bundled().all(), LabCatalog.bundled().all(),
                HeartScanCatalog.afterAnthracycline(), CoursePlanJson.read(plan), RegimenCatalog.bundled().all(),
                org.leiojournal.catalog.FollowUpCatalog.bundled().all(),
                new SettingsStore(folder).load(), new SettingsStore(folder).loadAppearance(),
                new LockStore(folder).load()).toString();
    }

    @Test
    void theStartsReadsLoadNoDatabindClass() throws Exception {
        // written as the app writes them, by this (the test's) loader
        new SettingsStore(folder).save(new WindowSettings(1366, 768, false, 0.0, 0.0));
        new SettingsStore(folder).save(new Appearance(125, "dark"));
        new LockStore(folder).save(new AppLock("c2FsdA==", "aGFzaA==", 210_000, 5));
        String plan = CoursePlanJson.write(new org.leiojournal.domain.treatment.Regimen("r", "R",
                List.of(new org.leiojournal.domain.treatment.Phase("P", 21, java.util.Optional.of(6), "",
                        List.of(new org.leiojournal.domain.treatment.DrugPlan("Doxorubicin",
                                org.leiojournal.domain.treatment.Dose.of("75",
                                        org.leiojournal.domain.treatment.DoseUnit.MG_PER_M2),
                                org.leiojournal.domain.treatment.Route.INTRAVENOUS, "", List.of(1), true, "",
                                List.of("s"))), List.of(), List.of(), List.of())), List.of()));

        URL[] urls = Stream.of(StartReadsWithoutDatabindTest.class, CoursePlanJson.class, JsonParser.class,
                JSON.class, ObjectMapper.class, JsonProperty.class, JavaTimeModule.class, Jdk8Module.class)
                .map(StartReadsWithoutDatabindTest::where).distinct().toArray(URL[]::new);
        try (Recording fresh = new Recording(urls)) {
            java.lang.reflect.Method reads = fresh.loadClass(StartReadsWithoutDatabindTest.class.getName())
                    .getMethod("readAsTheStartDoes", Path.class, String.class);
            reads.setAccessible(true);
            Object read = reads.invoke(null, folder, plan);
            assertEquals(readAsTheStartDoes(folder, plan), read, "the same values as in the test's loader");
            List<String> databind = fresh.asked.stream().filter(n -> n.startsWith("com.fasterxml.jackson.databind")
                    || n.startsWith("com.fasterxml.jackson.datatype")).sorted().toList();
            assertEquals(List.of(), databind);
            assertTrue(fresh.asked.contains(JSON.class.getName()), "read by jackson-jr");
        }
        assertTrue(Files.isRegularFile(folder.resolve(SettingsStore.FILE_NAME)));
    }
}
