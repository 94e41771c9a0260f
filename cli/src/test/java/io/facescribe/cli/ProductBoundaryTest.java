package io.facescribe.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What a user's jar runs stays apart from the workshop and from core's internals (see core's
 * {@code io.facescribe} package documentation): the product modules (command line, server, data sets, search)
 * use core's public surface only, and nothing of training, accuracy reports or benchmarks.
 */
class ProductBoundaryTest {

    private static final String[] PRODUCT = {"io.facescribe.cli..", "io.facescribe.server..", "io.facescribe.dataset..",
        "io.facescribe.search.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.facescribe");

    /** The networks and crops of {@code face}; its values (Box, Point, Mesh, Detection) are public. */
    private static final DescribedPredicate<JavaClass> FACE_NETWORKS = new DescribedPredicate<>(
            "face networks and crops of core (internal)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().equals("io.facescribe.face")
                    && !java.util.Set.of("Box", "Point", "Mesh", "Detection").contains(c.getSimpleName().split("\\$")[0]);
        }
    };

    @Test
    void productUsesNoInternalsOfCore() {
        noClasses().that().resideInAnyPackage(PRODUCT)
                .should().dependOnClassesThat().resideInAnyPackage("io.facescribe.model.runtime..",
                        "io.facescribe.model.tfjs..")
                .orShould().dependOnClassesThat(FACE_NETWORKS)
                .check(CLASSES);
    }

    @Test
    void productCarriesNoWorkshop() {
        noClasses().that().resideInAnyPackage(PRODUCT)
                .should().dependOnClassesThat().resideInAnyPackage("io.facescribe.training..",
                        "io.facescribe.accuracy..", "io.facescribe.captioner..",
                        "io.facescribe.bench..", "io.facescribe.workshop..")
                .check(CLASSES);
    }
}
