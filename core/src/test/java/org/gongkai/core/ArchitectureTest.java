package org.gongkai.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Invariant 5: the core depends on no framework and does no I/O beyond reading its own resources. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai.core");

    @Test
    void coreUsesOnlyTheJdk() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.gongkai.core..", "java..")
                .because("core depends on the JDK only (ARCHITECTURE.md)")
                .check(CORE);
    }

    @Test
    void coreDoesNoFileOrNetworkIo() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "java.nio.channels..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileInputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileReader")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileWriter")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.System")
                .because("core reads only its own classpath resources; files, clocks and networks belong to app")
                .check(CORE);
    }

    @Test
    void moneyIsNeverFloatingPoint() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Float")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("double")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("float")
                .because("money is exact (STYLE.md §6)")
                .check(CORE);
    }
}
