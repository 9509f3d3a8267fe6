package org.yothub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.WithoutTenantId;
import org.junit.jupiter.api.Test;

/** Lock 3 of tenancy, and the feature boundaries of STYLE.md. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yothub");

    @Test
    void everyFeatureEntityIsTenantScoped() {
        classes().that().areAnnotatedWith(MappedEntity.class)
                .and().resideOutsideOfPackages("org.yothub.platform..", "org.yothub.benchmarking..")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("have a field annotated with @TenantId") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean has = item.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(TenantId.class));
                        if (!has) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                                    item.getName() + " is a @MappedEntity without @TenantId"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyBenchmarkingMayOptOutOfTenancy() {
        noClasses().that().resideOutsideOfPackage("org.yothub.benchmarking..")
                .should().dependOnClassesThat().areAssignableTo(WithoutTenantId.class)
                .check(CLASSES);
    }

    @Test
    void platformDoesNotDependOnFeatures() {
        noClasses().that().resideInAPackage("org.yothub.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yothub.casework..", "org.yothub.measures..",
                        "org.yothub.benchmarking..", "org.yothub.plans..", "org.yothub.volunteers..", "org.yothub.riskregister..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOthersRepositories() {
        for (String feature : new String[] {"casework", "measures", "benchmarking", "plans", "volunteers", "riskregister"}) {
            noClasses().that().resideOutsideOfPackage("org.yothub." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            feature + " repositories", c -> c.getPackageName().startsWith("org.yothub." + feature)
                                    && c.getSimpleName().endsWith("Repository")))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void noTenantIdIsReadFromRequestsOutsidePlatform() {
        noClasses().that().resideOutsideOfPackage("org.yothub.platform..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.yothub.platform.tenancy.TenantScope")
                .because("feature code never names a tenant; only startup loaders of tenant files, demo data, generators and the benchmark release job name a tenant")
                .allowEmptyShould(true)
                .check(CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.describe("not demo or release loaders",
                        c -> !c.getSimpleName().contains("Demo") && !c.getSimpleName().contains("Release")
                                && !c.getSimpleName().endsWith("Loader")
                                && !c.getSimpleName().contains("Generator"))));
    }
}
