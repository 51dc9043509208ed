package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * {@code mvn -Pfast verify} leaves out the tests tagged {@code ui} (a JavaFX toolkit) and {@code process} (child
 * JVMs). A window test without its tag would slow the fast loop down unseen, so every one must carry it; and
 * every one waits for the UI's frames rather than TestFX's fixed sleeps ({@link WindowTest}).
 */
class TestTagsTest {

    @Test
    void everyWindowTestIsTaggedUi() {
        List<String> untagged = windowTests().filter(c -> !tagged(c, "ui")).map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), untagged, "add @Tag(\"ui\") to these");
    }

    /** TestFX's own robot sleeps fixed rounds after every key and click, most of a window test's time (issue 17). */
    @Test
    void everyWindowTestWaitsForTheFrameNotTheClock() {
        List<String> sleepers = windowTests().filter(c -> !c.isAssignableTo(WindowTest.class))
                .map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), sleepers, "extend WindowTest (or a base that does), not ApplicationTest");
    }

    private static Stream<JavaClass> windowTests() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.leiojournal").stream()
                .filter(c -> c.isAssignableTo(ApplicationTest.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT));
    }

    private static boolean tagged(JavaClass c, String tag) {
        // @Tag is @Inherited: a subclass of a tagged base counts
        return Arrays.stream(c.reflect().getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals(tag));
    }
}
