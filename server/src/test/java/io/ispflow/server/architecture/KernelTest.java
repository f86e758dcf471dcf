package io.ispflow.server.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The kernel's messages and value objects are plain Java that every module and every process reads:
 * no framework that stores or wires them.
 */
@AnalyzeClasses(packages = "io.ispflow", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelTest {

    @ArchTest
    static final ArchRule kernelHasNoSpringJpaOrJdbc = noClasses()
            .that().resideInAPackage(Modules.KERNEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..",
                    "java.sql..", "javax.sql..")
            .as("the kernel (shared-kernel) depends on no Spring, JPA or JDBC");
}
