package org.leiojournal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.time.Clock;
import java.util.Set;

/** The layer rules of design.md: dependencies point down, the domain knows no JavaFX and no SQL. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leiojournal");
    }

    @Test
    void domainDependsOnNothingOfOursOutsideTheDomainAndOnNoFrameworks() {
        noClasses().that().resideInAPackage("org.leiojournal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leiojournal.storage..", "org.leiojournal.ui..",
                        "org.leiojournal.settings..", "org.leiojournal.platform..", "org.leiojournal.cli..",
                        "javafx..", "java.sql..", "com.fasterxml..")
                .check(classes);
    }

    /** Files are written whole or not at all through platform's AtomicFile; nothing else of ours is used. */
    @Test
    void reportDependsOnTheDomainAndItsWriterLibrariesOnly() {
        noClasses().that().resideInAPackage("org.leiojournal.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leiojournal.storage..", "org.leiojournal.ui..",
                        "org.leiojournal.settings..", "org.leiojournal.cli..",
                        "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyReportUsesTheICalendarLibrary() {
        noClasses().that().resideOutsideOfPackage("org.leiojournal.report..")
                .should().dependOnClassesThat().resideInAPackage("net.fortuna..")
                .check(classes);
    }

    @Test
    void onlyTheReportsPdfPackageUsesPdfBox() {
        noClasses().that().resideOutsideOfPackage("org.leiojournal.report.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    @Test
    void transferMovesDataWithoutTheUiTheCommandLineOrTheToolkit() {
        noClasses().that().resideInAPackage("org.leiojournal.transfer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leiojournal.ui..", "org.leiojournal.cli..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void onlyStorageTouchesSql() {
        noClasses().that().resideOutsideOfPackage("org.leiojournal.storage..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void useCasesKnowNoScreenCommandLineOrToolkit() {
        noClasses().that().resideInAPackage("org.leiojournal.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leiojournal.ui..", "org.leiojournal.cli..",
                        "javafx..", "java.sql..")
                .because("the window and the command line call the same use cases; storage does the SQL")
                .check(classes);
    }

    @Test
    void storageKeepsPlansInItsOwnShapeWithoutTheCatalog() {
        noClasses().that().resideInAPackage("org.leiojournal.storage..")
                .should().dependOnClassesThat().resideInAPackage("org.leiojournal.catalog..")
                .because("a course keeps the plan the user saw, whatever the bundled templates later say")
                .check(classes);
    }

    @Test
    void storageAndSettingsKnowNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("org.leiojournal.storage..", "org.leiojournal.settings..",
                        "org.leiojournal.platform..", "org.leiojournal.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leiojournal.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void theSampleJournalUsesTheDomainCatalogAndStorageButNoToolkitAndNoUi() {
        noClasses().that().resideInAPackage("org.leiojournal.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leiojournal.ui..", "org.leiojournal.cli..",
                        "org.leiojournal.report..", "org.leiojournal.settings..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheCommandLineWriteSamples() {
        noClasses().that().resideInAnyPackage("org.leiojournal.domain..", "org.leiojournal.storage..",
                        "org.leiojournal.catalog..", "org.leiojournal.report..", "org.leiojournal.settings..",
                        "org.leiojournal.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.leiojournal.sample..")
                .check(classes);
    }

    @Test
    void viewModelsBuildNoScenes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("FormModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void theWindowNeverUsesTheCommandLine() {
        noClasses().that().resideInAPackage("org.leiojournal.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.leiojournal.cli..")
                .because("both call the same code below them; the version lives in platform")
                .check(classes);
    }

    /** The window's words are all in messages.properties; a domain value's own English words are the sheet's. */
    @Test
    void theWindowShowsNoDomainValueByItsOwnWords() {
        noClasses().that().resideInAPackage("org.leiojournal.ui..")
                .should().callMethodWhere(DescribedPredicate.describe("name a domain value by its own words()",
                        call -> call.getName().equals("words")
                                && call.getTargetOwner().getPackageName().startsWith("org.leiojournal.domain")))
                .check(classes);
    }

    /**
     * JavaFX's and the JDK's internals stay out; {@code com.sun.management} is the JDK's exported, documented API
     * (the start-up probe reads the UI thread's allocation with it).
     */
    @Test
    void noInternalsOfTheToolkit() {
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.sun..")
                .and(JavaClass.Predicates.resideOutsideOfPackage("com.sun.management"))).check(classes);
    }

    /** What reads the machine's clock or zone behind the caller's back; a {@code now(Clock)} is fine. */
    private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "read the system clock or time zone", call -> readsTheSystemClock(call.getTarget()));

    private static boolean readsTheSystemClock(CodeUnitCallTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        boolean takesAClock = target.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Clock.class));
        return owner.startsWith("java.time.") && name.equals("now") && !takesAClock
                || owner.equals(Clock.class.getName()) && name.startsWith("system")
                || owner.equals("java.time.ZoneId") && name.equals("systemDefault")
                || owner.equals("java.util.TimeZone") && name.equals("getDefault")
                || Set.of("java.util.Date", "java.util.GregorianCalendar").contains(owner) && name.equals("<init>")
                        && target.getRawParameterTypes().isEmpty()
                || owner.equals("java.util.Calendar") && name.equals("getInstance");
    }

    @Test
    void onlyTheCompositionRootReadsTheSystemClock() {
        noClasses().that().doNotHaveFullyQualifiedName(AppClock.class.getName())
                .should().callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
                .because("the composition root owns the only clock, so every test can set the time it needs")
                .check(classes);
    }

    @Test
    void noTestReadsTheMachinesClockOrZone() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.leiojournal");
        // the benchmark is no test: it measures the real app on the real day, as a user starts it
        noClasses().that().resideOutsideOfPackage("org.leiojournal.bench..").should()
                .callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
                .because("a test passes on any date and in any time zone: it sets the app's clock itself")
                .check(tests);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.leiojournal.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesHaveNoCyclesAtAnyDepth() {
        // the screens share state and widgets through ui.common, never through the shell in ui itself
        slices().matching("org.leiojournal.(**)").should().beFreeOfCycles().check(classes);
    }
}
