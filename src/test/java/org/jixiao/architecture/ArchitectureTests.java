package org.jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Style rules of ../shared/design/architecture.md that the compiler does not check. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    @Test
    void domainCodeIsPlainJava() {
        // package-info only names the package as a module interface for Spring Modulith
        noClasses().that().resideInAPackage("org.jixiao..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "tools.jackson..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void domainCodeDoesNotReadTheClock() {
        noClasses().that().resideInAPackage("org.jixiao..domain..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackagesAndAreNamedForWhatTheyServe() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.jixiao.platform.ApiController.class)
                .should().haveNameMatching("org\\.jixiao\\.\\w+\\.web\\.\\w+(Page|Api)Controller")
                .check(CLASSES);
    }

    @Test
    void webCodeDoesNotTouchRepositories() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .check(CLASSES);
    }

    @Test
    void sharedDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("org.jixiao.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.jixiao.shared..", "java..")
                .check(CLASSES);
    }
}
