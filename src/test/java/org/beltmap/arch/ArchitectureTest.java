package org.beltmap.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Layering: core is usable headless (CLI, tests) and its analyses do no file I/O; the CLI never reaches into the
 * JavaFX app; the map draws, the view models decide; only the CLI prints.
 */
@AnalyzeClasses(packages = "org.beltmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every name given to {@link #knownExceptions}; filled as the rules below are built. */
    private static final Set<String> KNOWN = new java.util.concurrent.ConcurrentSkipListSet<>();

    /** The packages that compute: they take a loaded Region and return results, never reading or writing files. */
    static final String[] ANALYSIS = {"org.beltmap.core.analysis..", "org.beltmap.core.belts..",
        "org.beltmap.core.rays..", "org.beltmap.core.bundles..", "org.beltmap.core.isochrones..",
        "org.beltmap.core.network..", "org.beltmap.core.scoring..", "org.beltmap.core.metrics..",
        "org.beltmap.core.scenario.."};

    @ArchTest
    static final ArchRule coreKnowsNoJavaFx = noClasses().that().resideInAPackage("org.beltmap.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.beltmap.app..",
                    "org.beltmap.cli..");

    @ArchTest
    static final ArchRule corePackagesHaveNoCycles = slices().matching("org.beltmap.core.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule analysisDoesNoFileInputOrOutput = noClasses().that().resideInAnyPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage("org.beltmap.core.io..", "org.beltmap.core.export..");

    @ArchTest
    static final ArchRule cliDoesNotUseTheApp = noClasses().that().resideInAPackage("org.beltmap.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.beltmap.app..");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses().that().resideInAPackage("org.beltmap.app.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "org.beltmap.app.view..", "org.beltmap.app.map..");

    /**
     * The map draws what it is given and reports gestures; it does not reach into the view models. Known
     * exceptions: the two on-map editors and the scenario painter take their view model directly.
     */
    @ArchTest
    static final ArchRule mapDoesNotUseViewModels = noClasses().that().resideInAPackage("org.beltmap.app.map..")
            .and(not(knownExceptions("org.beltmap.app.map.PlannedRoadEditor", "org.beltmap.app.map.RayEditor",
                    "org.beltmap.app.map.ScenarioPainter")))
            .should().dependOnClassesThat().resideInAPackage("org.beltmap.app.viewmodel..");

    /**
     * Only the CLI prints; the rest reports through results, exceptions and the UI. StartupProbe prints its one
     * figure by design (-Dbeltmap.startupProbe, a measurement run); the warnings of AppSettings and
     * OfflineTileRetriever are known exceptions that should go to System.Logger.
     */
    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackage("org.beltmap.cli..")
            .and(not(knownExceptions("org.beltmap.app.StartupProbe", "org.beltmap.app.settings.AppSettings",
                    "org.beltmap.app.map.OfflineTileRetriever")))
            .should(ACCESS_STANDARD_STREAMS);

    /**
     * Classes a rule lets pass for now, by name (with their nested classes). Each must still exist, so an exception
     * cannot outlive its class unnoticed: see {@link #knownExceptionsStillExist}.
     */
    static DescribedPredicate<JavaClass> knownExceptions(String... names) {
        Set<String> set = Set.of(names);
        KNOWN.addAll(set);
        return DescribedPredicate.describe("known exceptions " + set, c -> set.contains(c.getName().split("\\$")[0]));
    }

    @ArchTest
    static void knownExceptionsStillExist(com.tngtech.archunit.core.domain.JavaClasses classes) {
        for (String name : KNOWN) {
            if (!classes.contain(name)) {
                throw new AssertionError(name + " is gone: remove it from the known exceptions of ArchitectureTest");
            }
        }
    }
}
