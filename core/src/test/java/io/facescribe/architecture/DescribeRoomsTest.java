package io.facescribe.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rooms of core, checked: describe's parts depend downwards only (trait, then guard, then realize, then
 * style, then the describer at the top), and no two packages of core depend on each other in a cycle.
 */
class DescribeRoomsTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.facescribe");

    @Test
    void describePartsDependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("describer").definedBy("io.facescribe.describe")
                .layer("qa").definedBy("io.facescribe.qa..")
                .layer("style").definedBy("io.facescribe.describe.style..")
                .layer("realize").definedBy("io.facescribe.describe.realize..")
                .layer("guard").definedBy("io.facescribe.describe.guard..")
                .layer("trait").definedBy("io.facescribe.describe.trait..")
                .whereLayer("describer").mayOnlyBeAccessedByLayers("qa")
                .whereLayer("qa").mayNotBeAccessedByAnyLayer()
                .whereLayer("style").mayOnlyBeAccessedByLayers("describer")
                .whereLayer("realize").mayOnlyBeAccessedByLayers("describer", "style")
                .whereLayer("guard").mayOnlyBeAccessedByLayers("describer", "style", "realize", "qa")
                .whereLayer("trait").mayOnlyBeAccessedByLayers("describer", "style", "realize", "guard", "qa")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("io.facescribe.(**)").should().beFreeOfCycles().check(CORE);
    }
}
