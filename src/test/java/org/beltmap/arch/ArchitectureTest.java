package org.beltmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering: core is usable headless (CLI, tests); the CLI never reaches into the JavaFX app. */
@AnalyzeClasses(packages = "org.beltmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoJavaFx = noClasses().that().resideInAPackage("org.beltmap.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.beltmap.app..",
                    "org.beltmap.cli..");

    @ArchTest
    static final ArchRule cliDoesNotUseTheApp = noClasses().that().resideInAPackage("org.beltmap.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.beltmap.app..");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses().that().resideInAPackage("org.beltmap.app.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "org.beltmap.app.view..", "org.beltmap.app.map..");
}
