package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * {@code mvn -Pfast verify} leaves out the tests tagged {@code ui} (a JavaFX toolkit) and {@code process} (child
 * JVMs). A window test without its tag would slow the fast loop down unseen, so every one must carry it.
 */
class TestTagsTest {

    @Test
    void everyWindowTestIsTaggedUi() {
        List<String> untagged = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.leiojournal").stream()
                .filter(c -> c.isAssignableTo(ApplicationTest.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .filter(c -> !tagged(c, "ui"))
                .map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), untagged, "add @Tag(\"ui\") to these");
    }

    private static boolean tagged(JavaClass c, String tag) {
        // @Tag is @Inherited: a subclass of a tagged base counts
        return Arrays.stream(c.reflect().getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals(tag));
    }
}
